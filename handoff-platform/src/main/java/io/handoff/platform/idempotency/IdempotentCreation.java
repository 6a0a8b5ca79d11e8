package io.handoff.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handoff.platform.problem.Problems;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.reactive.mutiny.Mutiny;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Honours the {@code Idempotency-Key} header of creating POSTs: the key is claimed in the same transaction
 * as the creation, so a retry (even a concurrent one, which waits on the key's row) gets the first result
 * and never a second resource. The key also remembers the request's fingerprint: the same key with another body
 * is a client bug (a reused key), answered 422 as payment APIs do, not with the first request's result.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    ObjectMapper json;

    private volatile RequestFingerprint fingerprints;

    /**
     * @param scope   method and path of the request, e.g. "POST /contacts"
     * @param request the body as read: with the scope, what a retry under the same key must repeat
     */
    public Uni<Response> create(UUID workspaceId, String key, String scope, Object request,
                                Supplier<Uni<Created>> creation) {
        if (key == null) {
            return Panache.withTransaction(creation).map(IdempotentCreation::created);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw Problems.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprints().of(scope, request);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> claim(session, workspaceId, key, scope,
                        fingerprint)
                .chain(claimed -> claimed
                        ? creation.get().call(created -> remember(session, workspaceId, key, created))
                        .map(IdempotentCreation::created)
                        : replay(session, workspaceId, key, scope, fingerprint))));
    }

    private RequestFingerprint fingerprints() {
        RequestFingerprint current = fingerprints;
        if (current == null) {
            current = new RequestFingerprint(json);
            fingerprints = current;
        }
        return current;
    }

    private Uni<Boolean> claim(Mutiny.Session session, UUID workspaceId, String key, String scope, String fingerprint) {
        return session.createNativeQuery("insert into idempotency_record (workspace_id, idem_key, scope, fingerprint) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, workspaceId).setParameter(2, key).setParameter(3, scope).setParameter(4, fingerprint)
                .executeUpdate().map(count -> count == 1);
    }

    private Uni<Integer> remember(Mutiny.Session session, UUID workspaceId, String key, Created created) {
        return session.createNativeQuery("update idempotency_record set status = 201, location = ?3, body = ?4 "
                        + "where workspace_id = ?1 and idem_key = ?2")
                .setParameter(1, workspaceId).setParameter(2, key)
                .setParameter(3, created.location()).setParameter(4, write(created.body()))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Uni<Response> replay(Mutiny.Session session, UUID workspaceId, String key, String scope,
                                 String fingerprint) {
        return session.createNativeQuery("select scope, location, body, fingerprint from idempotency_record "
                        + "where workspace_id = ?1 and idem_key = ?2", Object[].class)
                .setParameter(1, workspaceId).setParameter(2, key)
                .getResultList().map(rows -> {
                    Object[] row = ((List<Object[]>) (List<?>) rows).get(0);
                    if (!scope.equals(row[0])) {
                        throw Problems.unprocessable("idempotency-key-reused",
                                "This Idempotency-Key was used for another request (" + row[0] + ").");
                    }
                    if (row[3] != null && !fingerprint.equals(row[3])) {
                        throw Problems.unprocessable("idempotency-key-reused",
                                "This Idempotency-Key was used with another body; send a new key for a new request.");
                    }
                    return Response.created(URI.create((String) row[1])).type(MediaType.APPLICATION_JSON)
                            .entity(row[2]).header("Idempotent-Replayed", "true").build();
                });
    }

    private static Response created(Created created) {
        return Response.created(URI.create(created.location())).entity(created.body()).build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
