package io.handoff.console.signin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Deployed with an OIDC provider, the console signs in through the provider's login page (code flow). */
@QuarkusTest
@TestProfile(OidcSignInTest.WithOidc.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OidcSignInTest {

    public static class WithOidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.client-id", "handoff-console",
                    "quarkus.oidc.credentials.secret", "secret");
        }
    }

    @Test
    void shouldTellThePageToSignInThroughTheProvider() {
        RestAssured.given().get("/console/sign-in").then().statusCode(200).body("mode", equalTo("oidc"));
    }

    @Test
    void shouldSendAnAnonymousUserToTheProvidersLoginPage() {
        var answer = RestAssured.given().redirects().follow(false).get("/console/oidc/sign-in");
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.header("Location");
        assertThat(location).contains("/realms/quarkus").contains("response_type=code")
                .contains("client_id=handoff-console").contains("redirect_uri=");
    }

    @Test
    void shouldAnswerThePagesOwnCallWithoutARedirectWhenNobodyIsSignedIn() {
        var answer = RestAssured.given().redirects().follow(false).header("X-Requested-With", "JavaScript")
                .get("/console/oidc/me");
        assertThat(answer.statusCode()).isEqualTo(499);
    }

    @Test
    void shouldServeThePageItselfWithoutSignIn() {
        RestAssured.given().get("/").then().statusCode(200);
    }
}
