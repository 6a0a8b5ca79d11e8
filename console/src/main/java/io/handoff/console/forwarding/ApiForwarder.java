package io.handoff.console.forwarding;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Sends every {@code /api/v1/...} request to the service that owns it and streams the answer back as it comes,
 * event streams included. Bodies are piped, never buffered: a 20 MB import costs the console no heap.
 */
@ApplicationScoped
public class ApiForwarder {

    private static final Logger LOG = Logger.getLogger(ApiForwarder.class);

    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the client sets for its own connection. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            "cookie");

    private final ServiceAddresses addresses;
    private final HttpClient client;

    ApiForwarder(ServiceAddresses addresses, Vertx vertx) {
        this.addresses = addresses;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32)
                .setConnectTimeout(5_000));
    }

    void register(@Observes Router router) {
        router.route(ServiceRoutes.API_PREFIX + "*").handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        String service = ServiceRoutes.owner(request.path()).orElse(null);
        URI target = service == null ? null : addresses.services().get(service);
        if (target == null) {
            Problems.send(context.response(), 404, "Not Found",
                    "No Handoff API answers " + request.path() + ".");
            return;
        }
        request.pause();
        RequestOptions options = new RequestOptions().setMethod(request.method())
                .setHost(target.getHost()).setPort(target.getPort())
                .setURI(request.uri()).setHeaders(MultiMap.caseInsensitiveMultiMap());
        copyHeaders(request.headers(), options.getHeaders());
        bearerFromSession(context, options.getHeaders());
        if (!isEventStream(request)) {
            options.setIdleTimeout(addresses.timeout().toMillis());
        }
        client.request(options)
                .compose(upstream -> upstream.send(request))
                .onSuccess(upstream -> relay(upstream, context.response()))
                .onFailure(failure -> unreachable(context, service, failure));
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response) {
        response.setStatusCode(upstream.statusCode());
        copyHeaders(upstream.headers(), response.headers());
        if (upstream.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, upstream.getHeader(HttpHeaders.CONTENT_LENGTH));
        } else {
            response.setChunked(true);
        }
        // A closed tab ends its event stream at the service too, instead of leaving it open until the next event.
        response.closeHandler(closed -> upstream.request().reset());
        upstream.pipeTo(response).onFailure(failure -> LOG.debugf("answer of %s not relayed to the end: %s",
                upstream.request().getURI(), failure.getMessage()));
    }

    private static void unreachable(RoutingContext context, String service, Throwable failure) {
        LOG.debugf(failure, "%s-service did not answer %s", service, context.request().path());
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        Problems.send(response, 502, "Bad Gateway",
                service + "-service did not answer: " + failure.getMessage());
    }

    /** Signed in through OIDC, the page sends no token of its own: the session's access token goes along. */
    private static void bearerFromSession(RoutingContext context, MultiMap headers) {
        if (headers.contains(HttpHeaders.AUTHORIZATION) || !(context.user() instanceof QuarkusHttpUser user)) {
            return;
        }
        AccessTokenCredential token = user.getSecurityIdentity().getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }

    private static boolean isEventStream(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
