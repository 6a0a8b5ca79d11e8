package io.handoff.contacts.race;

import io.handoff.contacts.contact.Contact;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.concurrency.RetryStaleWrites;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only endpoint that renames a contact after another writer (a plain JDBC connection standing in for a
 * Kafka consumer) has bumped the contact's version behind the session's back, for the first {@code racesLost}
 * attempts: each such attempt fails its flush with a real optimistic-lock failure.
 */
@Path("/test/racing-rename")
@RolesAllowed(Roles.ADMIN)
public class RacingRenameResource {

    static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @Inject
    DataSource jdbc;

    @PUT
    @Path("/{id}")
    @WithTransaction
    @RetryStaleWrites
    public Uni<Integer> rename(@PathParam("id") UUID id, @QueryParam("name") String name,
            @QueryParam("racesLost") int racesLost) {
        int attempt = ATTEMPTS.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        return Contact.<Contact>findById(id).map(contact -> {
            if (attempt <= racesLost) {
                bumpVersionElsewhere(id);
            }
            contact.name = name;
            return attempt;
        });
    }

    private void bumpVersionElsewhere(UUID id) {
        try (Connection connection = jdbc.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE contact SET version = version + 1 WHERE id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
