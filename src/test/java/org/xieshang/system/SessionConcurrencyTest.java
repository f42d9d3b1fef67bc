package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xieshang.testing.XieshangTest;

/**
 * A signed-in browser sends requests side by side (htmx, a phone polling the live turnout): the session they share
 * lives in the database, and each of the first requests after signing in creates the same new attribute (the CSRF
 * token). Every one of them is answered, none with an error.
 */
@XieshangTest
class SessionConcurrencyTest {

    @LocalServerPort
    int port;
    @Value("${xieshang.demo.password}")
    String password;

    @Test
    void the_first_pages_after_signing_in_requested_side_by_side_are_all_answered() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://localhost:" + port;
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=zgh.liu&password=" + password + "&_csrf=" + csrf.group(1)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                pages.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/notices")).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> page : pages) {
                assertThat(page.get().statusCode()).isEqualTo(200);
                assertThat(page.get().body()).doesNotContain("name=\"password\"");
            }
        }
    }
}
