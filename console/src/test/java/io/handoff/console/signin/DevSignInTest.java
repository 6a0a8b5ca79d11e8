package io.handoff.console.signin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Locally, the sign-in page lists the users of the launcher's file, read anew on every request. */
@QuarkusTest
@TestProfile(DevSignInTest.WithUsersFile.class)
class DevSignInTest {

    static final Path FILE = file();

    public static class WithUsersFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("handoff.console.dev-users-file", FILE.toString());
        }
    }

    @Test
    void shouldListTheUsersOfTheFileAsItIsNow() throws IOException {
        Files.writeString(FILE, "[{\"name\":\"Ada\",\"email\":\"ada@x.test\",\"role\":\"ADMIN\",\"workspace\":\"w1\","
                + "\"workspaceName\":\"Demo\",\"token\":\"t1\",\"later\":\"ignored\"}]");
        RestAssured.given().get("/console/sign-in").then().statusCode(200).body("mode", equalTo("dev"))
                .body("users.email", contains("ada@x.test")).body("users.token", contains("t1"));

        Files.writeString(FILE, "[]");
        RestAssured.given().get("/console/sign-in").then().statusCode(200).body("users.size()", equalTo(0));
    }

    private static Path file() {
        try {
            return Files.createTempFile("console-users", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
