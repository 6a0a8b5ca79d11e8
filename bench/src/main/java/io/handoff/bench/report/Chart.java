package io.handoff.bench.report;

import io.handoff.bench.scenario.LeadCapture;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The report's picture, drawn with Java 2D (no charting library): on the left the lead capture's form latency
 * against the offered rate on a logarithmic scale, with the 100 ms limit; on the right every target as a bar of
 * measured over asked, so that everything left of the line at 1 is within a latency or size target.
 */
public final class Chart {

    static final int WIDTH = 1400;
    static final int HEIGHT = 620;
    private static final Color MET = new Color(0x2E7D32);
    private static final Color MISSED = new Color(0xC62828);
    private static final Color P50 = new Color(0x1565C0);
    private static final Color P99 = new Color(0xEF6C00);
    private static final double MAX_SHARE = 3;

    private Chart() {
    }

    public static void write(BenchResults results, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            leadCapture(g, results.leads(), 70, 60, 520, 480);
            targets(g, results.targets(), 930, 60, 420, 480);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static void leadCapture(Graphics2D g, LeadCapture.Result leads, int x, int y, int w, int h) {
        title(g, "1. Lead capture: form latency vs offered rate", x, y - 25);
        List<LeadCapture.Step> steps = leads.steps();
        double maxRate = steps.stream().mapToDouble(s -> s.form().offeredRate()).max().orElse(1) * 1.1;
        double maxMillis = Math.max(leads.p99LimitMillis() * 2, steps.stream()
                .mapToDouble(s -> finite(s.form().p99Millis())).max().orElse(1) * 1.5);
        double minMillis = 1;
        frame(g, x, y, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double tick = minMillis; tick <= maxMillis; tick *= 10) {
            int ty = logY(tick, minMillis, maxMillis, y, h);
            g.setColor(new Color(0xE0E0E0));
            g.drawLine(x, ty, x + w, ty);
            g.setColor(Color.DARK_GRAY);
            g.drawString(MarkdownReport.number(tick) + " ms", x - 60, ty + 4);
        }
        for (int i = 0; i <= 4; i++) {
            double rate = maxRate * i / 4;
            int tx = x + (int) (w * rate / maxRate);
            g.drawString(String.format(Locale.ROOT, "%.0f/s", rate), tx - 12, y + h + 18);
        }
        int limitY = logY(leads.p99LimitMillis(), minMillis, maxMillis, y, h);
        g.setColor(MISSED);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 6}, 0));
        g.drawLine(x, limitY, x + w, limitY);
        g.drawString("p99 limit " + MarkdownReport.number(leads.p99LimitMillis()) + " ms", x + w - 120, limitY - 6);
        series(g, steps, s -> s.form().p50Millis(), P50, maxRate, minMillis, maxMillis, x, y, w, h);
        series(g, steps, s -> s.form().p99Millis(), P99, maxRate, minMillis, maxMillis, x, y, w, h);
        g.setColor(P50);
        g.drawString("p50", x + 10, y + 18);
        g.setColor(P99);
        g.drawString("p99", x + 50, y + 18);
        g.setColor(Color.DARK_GRAY);
        g.drawString("offered leads per second (open model)", x + w / 2 - 110, y + h + 40);
    }

    private static void series(Graphics2D g, List<LeadCapture.Step> steps, ToDoubleFunction<LeadCapture.Step> millis,
                               Color color, double maxRate, double minMillis, double maxMillis, int x, int y, int w,
                               int h) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int lastX = -1;
        int lastY = -1;
        for (LeadCapture.Step step : steps) {
            double value = millis.applyAsDouble(step);
            if (Double.isNaN(value)) {
                continue;
            }
            int px = x + (int) (w * step.form().offeredRate() / maxRate);
            int py = logY(Math.max(minMillis, value), minMillis, maxMillis, y, h);
            g.fillOval(px - 4, py - 4, 8, 8);
            if (lastX >= 0) {
                g.drawLine(lastX, lastY, px, py);
            }
            lastX = px;
            lastY = py;
        }
    }

    private static void targets(Graphics2D g, List<Target> targets, int x, int y, int w, int h) {
        title(g, "Targets: measured / asked (line at 1)", x - 330, y - 25);
        frame(g, x, y, w, h);
        int row = Math.max(12, h / Math.max(1, targets.size()));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int oneX = x + (int) (w / MAX_SHARE);
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            int top = y + i * row + 3;
            g.setColor(Color.DARK_GRAY);
            g.drawString(shorten(t.name()), x - 330, top + row / 2 + 3);
            if (Double.isNaN(t.measured())) {
                g.setColor(MISSED);
                g.drawString("not measured", x + 4, top + row / 2 + 3);
                continue;
            }
            double share = Math.min(MAX_SHARE, t.shareOfLimit());
            g.setColor(t.met() ? MET : MISSED);
            g.fillRect(x, top, Math.max(1, (int) (w * share / MAX_SHARE)), row - 6);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%.2f", t.shareOfLimit());
            g.drawString(label, Math.min(x + w - 30, x + (int) (w * share / MAX_SHARE) + 4), top + row / 2 + 3);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(oneX, y, oneX, y + h);
        g.setStroke(new BasicStroke(1f));
    }

    private static String shorten(String name) {
        String text = name.replace("-service", "")
                .replace("Approve → call booked → webhook delivered", "approval → webhook")
                .replace(": max sustained rate / database ceiling", " rate / DB ceiling")
                .replace(", round robin over 20 hosts, 30 days", " (20 hosts, 30 days)")
                .replace(" over 1,000,000 calls", " (1M calls)");
        return text.length() > 52 ? text.substring(0, 51) + "…" : text;
    }

    private static int logY(double millis, double min, double max, int y, int h) {
        double share = (Math.log10(millis) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        return y + h - (int) (h * Math.max(0, Math.min(1, share)));
    }

    private static double finite(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static void frame(Graphics2D g, int x, int y, int w, int h) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, w, h);
    }

    private static void title(Graphics2D g, String text, int x, int y) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(text, x, y);
    }
}
