package io.handoff.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;

/** A service's answer: status, content type and the body parsed as JSON (a missing node when it is not JSON). */
public record ApiResponse(int status, String contentType, JsonNode body, String text) {

    private static final int SUMMARY_LENGTH = 300;

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isClientError() {
        return status >= 400 && status < 500;
    }

    /** An RFC 9457 problem: the application itself answered, as opposed to "no such route". */
    public boolean isProblem() {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    public String text(String field) {
        JsonNode value = body.path(field);
        return value.isValueNode() ? value.asText() : null;
    }

    /** The elements of a list answer: {@code {"items": [...]}}, or a bare array. */
    public List<JsonNode> items() {
        JsonNode array = body.isArray() ? body : body.path("items");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    public String summary() {
        String detail = body.isMissingNode() ? text : firstNonNull(body.path("detail").textValue(),
                body.path("title").textValue(), text);
        detail = detail == null ? "" : detail.replaceAll("\\s+", " ").trim();
        if (detail.length() > SUMMARY_LENGTH) {
            detail = detail.substring(0, SUMMARY_LENGTH) + "…";
        }
        return "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
    }

    static ApiResponse of(int status, String contentType, String text, JsonNode parsed) {
        return new ApiResponse(status, contentType, parsed == null ? MissingNode.getInstance() : parsed, text);
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
