package io.handoff.contacts;

import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The live stage view: a server-sent-events stream of the workspace's stage changes. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class StageStreamTest {

    @TestHTTPResource("/api/v1/stages/stream")
    URL stream;

    @Test
    void shouldStreamAStageChangeOfTheCallersWorkspaceOnly() throws Exception {
        TestWorkspace ws = TestWorkspace.open();
        TestWorkspace other = TestWorkspace.open();
        String contact = ContactListTest.create(ws, Map.of("email", "live@example.com"));
        String foreign = ContactListTest.create(other, Map.of("email", "elsewhere@example.com"));
        String engaged = StageManagementTest.stages(ws).getString("items.find { it.name == 'Engaged' }.id");
        String otherEngaged = StageManagementTest.stages(other).getString("items.find { it.name == 'Engaged' }.id");

        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Authorization", "Bearer " + ws.adminToken()).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<String> firstData = CompletableFuture.supplyAsync(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(response.body()))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("data:")) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(1500); // the stream's consumer joins its group before the changes are made

        given().auth().oauth2(other.adminToken()).contentType(ContentType.JSON).body(Map.of("stageId", otherEngaged))
                .put("/api/v1/contacts/" + foreign + "/stage").then().statusCode(200);
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("stageId", engaged))
                .put("/api/v1/contacts/" + contact + "/stage").then().statusCode(200);

        String data = firstData.get(25, TimeUnit.SECONDS);
        assertThat(data).contains(contact).contains("Engaged").doesNotContain(foreign);
    }
}
