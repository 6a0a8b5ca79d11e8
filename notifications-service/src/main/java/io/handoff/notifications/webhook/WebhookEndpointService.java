package io.handoff.notifications.webhook;

import io.handoff.directory.Directory;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Registers, changes, removes and re-keys a workspace's webhook endpoints. */
@ApplicationScoped
public class WebhookEndpointService {

    /** How long the secret before a rotation keeps signing, so receivers can switch without losing events. */
    static final Duration PREVIOUS_SECRET_GRACE = Duration.ofHours(24);

    @Inject
    WebhookEndpointRepository endpoints;
    @Inject
    WebhookUrlPolicy urlPolicy;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction; the answer is the only one that shows the secret. */
    public Uni<WebhookEndpointView> createEndpoint(UUID workspaceId, NewWebhookEndpoint request) {
        var eventTypes = SubscribableEvents.requireValid(request.eventTypes());
        return checkUrl(request.url())
                .call(() -> directory.requireWorkspace(workspaceId))
                .chain(url -> {
                    WebhookEndpoint e = new WebhookEndpoint();
                    e.id = UUID.randomUUID();
                    e.workspaceId = workspaceId;
                    e.url = url;
                    e.description = request.description();
                    e.eventTypes = JsonList.of(eventTypes);
                    e.enabled = request.enabled() == null || request.enabled();
                    e.secret = WebhookSignature.newSecret();
                    e.createdAt = clock.instant();
                    e.updatedAt = e.createdAt;
                    return endpoints.persist(e).map(WebhookEndpointView::withSecret);
                });
    }

    public Uni<Page<WebhookEndpointView>> listEndpoints(UUID workspaceId, PageRequest page) {
        return endpoints.listPage(workspaceId, page).map(rows -> Page.of(rows, page, e -> e.createdAt, e -> e.id,
                WebhookEndpointView::of));
    }

    public Uni<WebhookEndpointView> findEndpoint(UUID workspaceId, UUID id) {
        return require(workspaceId, id).map(WebhookEndpointView::of);
    }

    /** Runs inside the caller's transaction. */
    public Uni<WebhookEndpointView> updateEndpoint(UUID workspaceId, UUID id, WebhookEndpointChanges changes) {
        var eventTypes = changes.eventTypes() == null ? null : SubscribableEvents.requireValid(changes.eventTypes());
        Uni<String> url = changes.url() == null ? Uni.createFrom().nullItem() : checkUrl(changes.url());
        return url.chain(checkedUrl -> requireForUpdate(workspaceId, id).map(e -> {
            if (checkedUrl != null) {
                e.url = checkedUrl;
            }
            if (eventTypes != null) {
                e.eventTypes = JsonList.of(eventTypes);
            }
            if (changes.description() != null) {
                e.description = changes.description();
            }
            if (changes.enabled() != null) {
                if (changes.enabled() && !e.enabled) {
                    e.failingSince = null; // a fresh start: five more days before it can be disabled again
                }
                e.enabled = changes.enabled();
                e.disabledReason = e.enabled ? null : "Disabled by a workspace member.";
            }
            e.updatedAt = clock.instant();
            return WebhookEndpointView.of(e);
        }));
    }

    /** Runs inside the caller's transaction; the endpoint's deliveries and their attempts go with it. */
    public Uni<Void> deleteEndpoint(UUID workspaceId, UUID id) {
        return requireForUpdate(workspaceId, id).chain(endpoints::delete);
    }

    /** Runs inside the caller's transaction; the previous secret keeps signing for 24 hours. */
    public Uni<WebhookEndpointView> rotateSecret(UUID workspaceId, UUID id) {
        return requireForUpdate(workspaceId, id).map(e -> {
            e.previousSecret = e.secret;
            e.previousSecretExpiresAt = clock.instant().plus(PREVIOUS_SECRET_GRACE);
            e.secret = WebhookSignature.newSecret();
            e.updatedAt = clock.instant();
            return WebhookEndpointView.withSecret(e);
        });
    }

    /** The endpoint of this workspace, or 404 (also for another workspace's endpoint). */
    public Uni<WebhookEndpoint> require(UUID workspaceId, UUID id) {
        return endpoints.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Webhook endpoint", id));
    }

    private Uni<WebhookEndpoint> requireForUpdate(UUID workspaceId, UUID id) {
        return endpoints.findForUpdate(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Webhook endpoint", id));
    }

    /** Name resolution blocks, so it runs on a worker thread and the answer comes back on this request's context. */
    private Uni<String> checkUrl(String url) {
        var uri = urlPolicy.requireWellFormed(url);
        return VertxContextSupport.executeBlocking(() -> urlPolicy.requireReachable(uri)).replaceWith(uri.toString());
    }
}
