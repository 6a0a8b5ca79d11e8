package io.handoff.notifications.webhook;

import io.handoff.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** SSRF rules as production configures them; only literal addresses and localhost, so no lookup leaves the machine. */
class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy production = new WebhookUrlPolicy(false, false);
    private final WebhookUrlPolicy httpAllowed = new WebhookUrlPolicy(true, false);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.0.10/",
            "http://127.0.0.1:8085/api", "http://localhost/", "http://0.0.0.0/", "http://100.64.0.1/",
            "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/", "http://[::ffff:10.0.0.1]/",
            "http://[64:ff9b::a00:1]/", "http://[2002:a9fe:a9fe::1]/", "http://224.0.0.1/", "http://255.255.255.255/"})
    void shouldRefusePrivateLoopbackAndLinkLocalAddresses(String url) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> httpAllowed.requireAllowed(url));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("url");
            assertThat(error.message()).contains("private");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks/handoff?token=abc", "https://[2606:4700:4700::1111]/hook",
            "https://8.8.8.8:8443/"})
    void shouldAcceptPublicHttpsAddresses(String url) {
        assertThatCode(() -> production.requireAllowed(url)).doesNotThrowAnyException();
    }

    @Test
    void shouldRequireHttpsUnlessHttpIsAllowed() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> production.requireAllowed("http://93.184.215.14/hook"));
        assertThat(refused.errors().get(0).message()).contains("https");

        assertThatCode(() -> httpAllowed.requireAllowed("http://93.184.215.14/hook")).doesNotThrowAnyException();
    }

    @Test
    void shouldAllowLoopbackOnlyWhenPrivateAddressesAreAllowed() {
        WebhookUrlPolicy testing = new WebhookUrlPolicy(true, true);

        assertThatCode(() -> testing.requireAllowed("http://127.0.0.1:9999/hook")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "https://", "ftp://93.184.215.14/", "//93.184.215.14/x", "mailto:a@b.c",
            "https://user:secret@93.184.215.14/", "https://93.184.215.14/#fragment", ""})
    void shouldRefuseMalformedUrls(String url) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> production.requireAllowed(url));

        assertThat(refused.errors()).extracting(error -> error.field()).containsExactly("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://0177.0.0.1/", "https://0x7f.1/", "https://0X7F.0.0.1/", "https://127.1/",
            "https://127.0.1/", "https://2130706433/", "https://017700000001/", "https://8.8.8.08/",
            "https://256.1.1.1/", "https://1.2.3.4.5/", "https://127.0.0.1./", "https://user@0x7f.1:8443/"})
    void shouldRefuseAmbiguousNumericHostsBeforeAnyLookup(String url) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> production.requireWellFormed(url));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("url");
            assertThat(error.message()).contains("ambiguous");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/", "https://0.0.0.0/", "https://1e100.net/", "https://123.example/",
            "https://0x7f.example/", "https://[::1]/", "https://hooks.zapier.com./x"})
    void shouldReadCanonicalAddressesAndHostNamesAsBefore(String url) {
        assertThatCode(() -> production.requireWellFormed(url)).doesNotThrowAnyException();
    }
}
