package io.handoff.notifications.webhook;

import io.handoff.platform.problem.Problems;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Guards against server-side request forgery: webhook URLs must be https (http only where configuration
 * allows it) and their host must resolve to public addresses only, unless private addresses are allowed.
 * Refusals are 400 problems on the field {@code url}.
 */
@Singleton
public class WebhookUrlPolicy {

    private static final int MAX_LENGTH = 2048;

    private final boolean allowHttp;
    private final boolean allowPrivateAddresses;

    @Inject
    public WebhookUrlPolicy(@ConfigProperty(name = "handoff.webhooks.allow-http") boolean allowHttp,
                            @ConfigProperty(name = "handoff.webhooks.allow-private-addresses")
                            boolean allowPrivateAddresses) {
        this.allowHttp = allowHttp;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** Syntax and scheme only, no name resolution: cheap enough for the event loop. */
    public URI requireWellFormed(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw refused("must be an absolute https URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw refused(allowHttp ? "must use https or http" : "must use https");
        }
        String host = hostOf(uri);
        if (host != null && NumericHosts.isAmbiguous(host)) {
            throw refused("names an ambiguous numeric host: write an IPv4 address as four decimal numbers"
                    + " without leading zeros (e.g. 93.184.215.14), or use a host name");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("must not contain credentials");
        }
        if (uri.getRawFragment() != null) {
            throw refused("must not contain a fragment");
        }
        return uri;
    }

    /**
     * Resolves the host (blocking: call it off the event loop) and returns its addresses when every one of
     * them may be reached; one private address is enough to refuse, whatever the others are.
     */
    public List<InetAddress> requireReachable(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException e) {
            throw refused("names a host that cannot be resolved");
        }
        if (!allowPrivateAddresses) {
            for (InetAddress address : addresses) {
                if (PrivateAddresses.isPrivate(address)) {
                    throw refused("resolves to a private, loopback or link-local address");
                }
            }
        }
        return List.of(addresses);
    }

    /** Both checks, as when an endpoint is registered or its URL changed. */
    public URI requireAllowed(String url) {
        URI uri = requireWellFormed(url);
        requireReachable(uri);
        return uri;
    }

    /**
     * The host as written. java.net.URI gives no host for some numeric forms ({@code 127.1}, {@code 0x7f.1}):
     * it reads their authority as registry-based, so the host is cut out of the raw authority instead.
     */
    private static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !host.startsWith("[")) {
            host = host.substring(0, colon);
        }
        return host;
    }

    private static RuntimeException refused(String message) {
        return Problems.invalid("url", message);
    }
}
