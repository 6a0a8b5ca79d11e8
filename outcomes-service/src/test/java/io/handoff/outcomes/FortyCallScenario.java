package io.handoff.outcomes;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.OutcomeApi.record;

/**
 * The fixed scenario of the exact analytics tests, in a BUSINESS workspace in Europe/Berlin (EUR): closers C1
 * (Cleo Closer) and C2 (Carl Closer), setters S1 (Sam Setter) and S2 (Sue Setter), a strategy and a discovery
 * event type, UTM sources google and facebook (and none). The range is 30 local days starting 40 days ago; day
 * numbers below count from its first day. Everything arrives as the other services' events, outcomes through
 * the API. AnalyticsScenarioTest computes every figure from these tables by hand.
 */
final class FortyCallScenario {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * code, kind, host, set by, UTM source, day, local time, outcome ("-" none, CANCELLED, RESULT/REASON+OBJECTION
     * or SALE/OBJECTION). S13 is booked on day -3 with C2 and rescheduled to day 12 10:00 with C1; S24 is
     * rescheduled to day 25 11:00, then cancelled; S28 is first recorded NO_SALE/NO_SHOW, then a manager corrects
     * it to SALE/MONEY. X1 and X2 lie just outside the range: X1 at 23:30 on the day before it, X2 at 00:15 on
     * the day after it (still inside the range in UTC, which must not matter).
     */
    static final String CALLS = """
            S01 STRATEGY  C1 S1 google    0 00:30 SALE/MONEY
            S02 STRATEGY  C1 S1 google    1 10:00 SALE/NO_OBJECTION
            S03 STRATEGY  C1 S1 facebook  2 10:00 SALE/FEAR
            S04 STRATEGY  C1 S2 facebook  3 10:00 NO_SALE/NO_SHOW
            S05 STRATEGY  C1 S2 google    4 10:00 NO_SALE/NOT_INTERESTED
            S06 STRATEGY  C1 S2 -         5 10:00 NO_SALE/FOLLOW_UP_SCHEDULED+PARTNER
            S07 STRATEGY  C1 -  google    6 10:00 NO_SALE/UNQUALIFIED+MONEY
            S08 STRATEGY  C1 -  -         7 10:00 NO_SALE/NO_SHOW
            S09 STRATEGY  C1 S1 facebook  8 10:00 -
            S10 STRATEGY  C1 S1 google    9 10:00 CANCELLED
            S11 STRATEGY  C1 S2 google   10 10:00 NO_SALE/CONTACT_CANCELLED
            S12 STRATEGY  C1 -  facebook 11 10:00 SALE/SMOKE_SCREEN
            S13 STRATEGY  C2 S1 google   -3 10:00 SALE/LOGISTIC
            S14 STRATEGY  C1 S2 -        13 10:00 NO_SALE/ADMIN_CANCELLED
            S15 STRATEGY  C1 S1 facebook 14 10:00 SALE/MONEY
            S16 STRATEGY  C1 -  google   15 10:00 CANCELLED
            S17 STRATEGY  C2 S1 google   16 10:00 SALE/PARTNER
            S18 STRATEGY  C2 S2 google   17 10:00 SALE/MONEY
            S19 STRATEGY  C2 S2 facebook 18 10:00 NO_SALE/NO_SHOW
            S20 STRATEGY  C2 S1 -        19 10:00 NO_SALE/NOT_INTERESTED
            S21 STRATEGY  C2 -  facebook 20 10:00 SALE/NO_OBJECTION
            S22 STRATEGY  C2 S2 google   21 10:00 -
            S23 STRATEGY  C2 S1 facebook 22 10:00 NO_SALE/FOLLOW_UP_SCHEDULED
            S24 STRATEGY  C2 -  google   23 10:00 CANCELLED
            S25 STRATEGY  C2 S2 facebook 24 10:00 SALE/FEAR
            S26 STRATEGY  C2 S1 google   26 10:00 NO_SALE/NO_SHOW
            S27 STRATEGY  C2 S2 -        27 10:00 NO_SALE/UNQUALIFIED
            S28 STRATEGY  C2 -  facebook 29 23:15 SALE/MONEY
            D01 DISCOVERY S1 -  google    2 15:00 APPROVED
            D02 DISCOVERY S1 -  google    3 15:00 REJECTED/BAD_FIT
            D03 DISCOVERY S1 -  facebook  4 15:00 REJECTED/NO_SHOW
            D04 DISCOVERY S1 -  -         5 15:00 APPROVED
            D05 DISCOVERY S1 -  google    6 15:00 REJECTED/NOT_INTERESTED
            D06 DISCOVERY S1 -  facebook  7 15:00 -
            D07 DISCOVERY S1 -  google    8 15:00 CANCELLED
            D08 DISCOVERY S2 -  facebook  9 15:00 APPROVED
            D09 DISCOVERY S2 -  google   10 15:00 REJECTED/OTHERS
            D10 DISCOVERY S2 -  -        11 15:00 REJECTED/NO_SHOW
            D11 DISCOVERY S2 -  facebook 12 15:00 APPROVED
            D12 DISCOVERY S2 -  google   13 15:00 REJECTED/BAD_FIT
            X1  STRATEGY  C1 S1 google   -1 23:30 SALE/MONEY
            X2  STRATEGY  C2 S2 google   30 00:15 -
            """;

    /**
     * code, event type (E1 strategy, E2 discovery), UTM source, day, local time, status. L01 is first captured
     * POTENTIAL and three minutes later QUALIFIED; L13 is captured POTENTIAL before the range and QUALIFIED on day 1
     * (it counts on its first capture, outside). Lead Ln's email is leadNN@example.com (L01's in capitals).
     */
    static final String LEADS = """
            L01 E1 google    1 10:00 POTENTIAL
            L02 E1 google    2 10:00 DISQUALIFIED
            L03 E1 facebook  3 09:00 QUALIFIED
            L04 E2 facebook  4 12:00 POTENTIAL
            L05 E2 -         5 08:00 QUALIFIED
            L06 E2 google    6 10:00 QUALIFIED
            L07 E1 google    7 10:00 POTENTIAL
            L08 E2 facebook  8 10:00 DISQUALIFIED
            L09 E1 -         9 10:00 QUALIFIED
            L10 E1 facebook 10 10:00 QUALIFIED
            L11 E2 google   11 10:00 POTENTIAL
            L12 E1 -        29 23:50 DISQUALIFIED
            L13 E1 google   -2 10:00 POTENTIAL
            """;

    /**
     * code, call, payment type, value, closer, setter, day of the deal's date. F is updated to 1250.10, I is
     * deleted, L has no call, M is on X1 (outside the range) but dated inside it, N is dated after the range.
     */
    static final String DEALS = """
            A S01 WON       1500.00 C1 S1  1
            B S02 WON       2000.50 C1 S1  2
            C S03 DEPOSIT    250.25 C1 S1  3
            D S12 WON        999.99 C1 -  12
            E S13 RECURRING  300.00 C1 S1 13
            F S15 WON       1200.00 C1 S1 15
            G S17 WON       3000.00 C2 S1 17
            H S18 WON       1800.00 C2 S2 18
            I S21 WON        500.00 C2 -  21
            J S25 DEPOSIT    400.00 C2 S2 25
            K S28 WON       2500.00 C2 -  29
            L -   WON        700.00 C2 S2 20
            M X1  WON        800.00 C1 S1  0
            N S01 RECURRING  100.00 C1 S1 30
            """;

    final TestWorkspace ws;
    final WorkspaceEvents events;
    final LocalDate from;
    final LocalDate to;
    final Map<String, UUID> people = new HashMap<>();
    final UUID strategyType = UUID.randomUUID();
    final UUID discoveryType = UUID.randomUUID();
    final Map<String, UUID> calls = new HashMap<>();
    /** Every event published, in order: what a replay delivers again. */
    final List<CloudEvent> published = new ArrayList<>();

    private final Map<String, CloudEvent> bookings = new HashMap<>();

    private FortyCallScenario(TestWorkspace ws) {
        this.ws = ws;
        this.events = new WorkspaceEvents(ws.id());
        this.from = LocalDate.now(BERLIN).minusDays(40);
        this.to = from.plusDays(29);
        people.put("C1", ws.closerId());
        people.put("S1", ws.setterId());
        people.put("C2", ws.addUser("Carl Closer", "USER"));
        people.put("S2", ws.addUser("Sue Setter", "USER"));
    }

    static FortyCallScenario build() {
        FortyCallScenario s = new FortyCallScenario(TestWorkspace.open("BUSINESS"));
        s.bookCalls();
        s.captureLeads();
        s.addDeals();
        new ScenarioContacts(s).act();
        TestWorkspace.deliver(s.published);
        s.recordOutcomes();
        return s;
    }

    Instant at(int day, String localTime) {
        return from.plusDays(day).atTime(LocalTime.parse(localTime)).atZone(BERLIN).toInstant();
    }

    UUID person(String code) {
        return code.equals("-") ? null : people.get(code);
    }

    String token(String person) {
        return ws.token(people.get(person), "USER");
    }

    private void bookCalls() {
        for (String[] row : rows(CALLS)) {
            boolean strategy = row[1].equals("STRATEGY");
            UUID callId = UUID.randomUUID();
            calls.put(row[0], callId);
            Instant start = at(Integer.parseInt(row[5]), row[6]);
            CloudEvent booked = events.booked(callId, strategy ? strategyType : discoveryType,
                    strategy ? "Strategy Session" : "Discovery Call", row[1], person(row[2]), person(row[3]),
                    row[4].equals("-") ? null : row[4], start, start.plus(Duration.ofMinutes(strategy ? 45 : 30)));
            bookings.put(row[0], booked);
            published.add(booked);
        }
        move("S13", "C1", at(12, "10:00"));
        move("S24", "C2", at(25, "11:00"));
        for (String[] row : rows(CALLS)) {
            if (row[7].equals("CANCELLED")) {
                published.add(events.cancelled(calls.get(row[0])));
            }
        }
    }

    private void move(String call, String host, Instant start) {
        var was = bookings.get(call).dataAs(io.handoff.events.scheduling.CallBooked.class);
        published.add(events.rescheduled(was.callId(), was.host().userId(), was.start(), was.end(), people.get(host),
                start, start.plus(Duration.ofMinutes(45))));
    }

    private void captureLeads() {
        for (String[] row : rows(LEADS)) {
            UUID leadId = UUID.randomUUID();
            String email = row[0].equals("L01") ? "Lead01@Example.com" : "lead" + row[0].substring(1) + "@example.com";
            UUID type = row[1].equals("E1") ? strategyType : discoveryType;
            String utm = row[2].equals("-") ? null : row[2];
            Instant captured = at(Integer.parseInt(row[3]), row[4]);
            published.add(events.lead(leadId, type, row[5], email, utm, captured));
            if (row[0].equals("L01")) {
                published.add(events.lead(leadId, type, "QUALIFIED", email, utm, captured.plusSeconds(180)));
            }
            if (row[0].equals("L13")) {
                published.add(events.lead(leadId, type, "QUALIFIED", email, utm, at(1, "10:00")));
            }
        }
    }

    private void addDeals() {
        for (String[] row : rows(DEALS)) {
            UUID dealId = UUID.randomUUID();
            UUID callId = row[1].equals("-") ? null : calls.get(row[1]);
            LocalDate date = from.plusDays(Integer.parseInt(row[6]));
            published.add(events.deal(EventType.DEAL_CREATED, dealId, callId, person(row[4]), person(row[5]), row[3],
                    row[2], date));
            if (row[0].equals("F")) {
                published.add(events.deal(EventType.DEAL_UPDATED, dealId, callId, person(row[4]), person(row[5]),
                        "1250.10", row[2], date));
            }
            if (row[0].equals("I")) {
                published.add(events.dealDeleted(dealId, callId));
            }
        }
    }

    /** Strategy outcomes are recorded by their closer, discovery outcomes by their setter. */
    private void recordOutcomes() {
        for (String[] row : rows(CALLS)) {
            String outcome = row[0].equals("S28") ? "NO_SALE/NO_SHOW" : row[7];
            if (!outcome.equals("-") && !outcome.equals("CANCELLED")) {
                record(token(row[0].equals("S13") ? "C1" : row[2]), calls.get(row[0]), body(outcome)).statusCode(200);
            }
        }
        record(ws.managerToken(), calls.get("S28"), body("SALE/MONEY")).statusCode(200);
    }

    private static Map<String, String> body(String outcome) {
        String[] parts = outcome.split("[/+]");
        Map<String, String> body = new HashMap<>();
        body.put("result", parts[0]);
        if (parts[0].equals("SALE")) {
            body.put("objection", parts[1]);
        } else if (parts.length > 1) {
            body.put("reason", parts[1]);
        }
        if (parts.length > 2) {
            body.put("objection", parts[2]);
        }
        if (outcome.endsWith("OTHERS")) {
            body.put("notes", "Went with a partner");
        }
        return body;
    }

    static List<String[]> rows(String table) {
        return table.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
    }

    /** The contacts of leads L01-L06 and what users did to them (speed-to-lead, claims, approvals). */
    private record ScenarioContacts(FortyCallScenario s) {

        void act() {
            UUID[] k = new UUID[7];
            for (int n = 1; n <= 6; n++) {
                k[n] = UUID.randomUUID();
                s.published.add(s.events.contactCreated(k[n], "lead0" + n + "@example.com"));
            }
            UUID s1 = s.people.get("S1");
            UUID s2 = s.people.get("S2");
            // K01: claimed by S1 300 s after L01's first capture, again on day 8; also given a closer owner.
            s.published.add(s.events.ownerAssigned(k[1], "SETTER", s1, s.at(1, "10:05")));
            s.published.add(s.events.ownerAssigned(k[1], "SETTER", s1, s.at(8, "09:00")));
            s.published.add(s.events.ownerAssigned(k[1], "CLOSER", s.people.get("C1"), s.at(1, "10:01")));
            // K02: claimed by S2 after 120 s, approved by S1 an hour after the capture.
            s.published.add(s.events.ownerAssigned(k[2], "SETTER", s2, s.at(2, "10:02")));
            s.published.add(s.events.bookingRequested(k[2], s1, s.at(2, "11:00")));
            // K03: moved to another stage by S1 after 60 s.
            s.published.add(s.events.stageChanged(k[3], Actor.user(s1), s.at(3, "09:01")));
            // K04: approved by S2 after 600 s.
            s.published.add(s.events.bookingRequested(k[4], s2, s.at(4, "12:10")));
            // K05: claimed by S1 after 900 s; the owner removed on day 9 (no claim).
            s.published.add(s.events.ownerAssigned(k[5], "SETTER", s1, s.at(5, "08:15")));
            s.published.add(s.events.ownerAssigned(k[5], "SETTER", null, s.at(9, "09:00")));
            // K06: claimed by S1 an hour before L06's capture, moved by the system, claimed by S2 after 1800 s.
            s.published.add(s.events.ownerAssigned(k[6], "SETTER", s1, s.at(6, "09:00")));
            s.published.add(s.events.stageChanged(k[6], Actor.system(), s.at(6, "10:00").plusSeconds(10)));
            s.published.add(s.events.ownerAssigned(k[6], "SETTER", s2, s.at(6, "10:30")));
        }
    }
}
