package io.handoff.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a creating request's method and path and its body as read, written canonically (properties and map
 * keys sorted), so that whitespace and field order do not make the same request look like another one.
 */
final class RequestFingerprint {

    private final ObjectMapper canonical;

    @SuppressWarnings("deprecation") // the application's mapper is a plain ObjectMapper, configured in place
    RequestFingerprint(ObjectMapper json) {
        this.canonical = json.copy().configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    String of(String scope, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonical.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
