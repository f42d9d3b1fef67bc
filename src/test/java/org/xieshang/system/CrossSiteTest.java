package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xieshang.testing.XieshangTest;

/**
 * An administrator signed in to the portal visits another web site whose form posts to the engine API: nothing
 * happens. Over the real server, because the session cookie's attributes are the container's.
 */
@XieshangTest
class CrossSiteTest {

    private static final String BOUNDARY = "xsboundary";
    private static final String EVIL_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
              <process id="evil" isExecutable="true"><startEvent id="s"/></process>
            </definitions>""";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_foreign_form_riding_on_the_administrators_portal_session_deploys_nothing() throws Exception {
        String session = signIn("admin", "admin");
        long deployments = repository.createDeploymentQuery().count();

        HttpResponse<String> crossSite = http.send(deploy().header("Cookie", session)
                .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site").build(), ofString());
        HttpResponse<String> cookieOnly = http.send(deploy().header("Cookie", session).build(), ofString());

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(cookieOnly.statusCode()).as("the engine API takes no session").isEqualTo(401);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void the_administrators_http_basic_still_works_and_leaves_no_session_behind() throws Exception {
        HttpResponse<String> engines = http.send(request("/engine-rest/engine").header("Authorization", basic("admin", "admin"))
                .GET().build(), ofString());

        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
        assertThat(engines.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> crossSite = http.send(request("/engine-rest/engine").header("Authorization", basic("admin", "admin"))
                .header("Origin", "https://attacker.example").GET().build(), ofString());
        assertThat(crossSite.statusCode()).as("a browser that cached the password, on a foreign page").isEqualTo(403);

        HttpResponse<String> delegate = http.send(request("/engine-rest/engine")
                .header("Authorization", basic("xjs.hr", "xieshang2026")).GET().build(), ofString());
        assertThat(delegate.statusCode()).as("only administrators use the engine API").isEqualTo(403);
    }

    @Test
    void the_session_cookie_stays_on_this_site_and_pages_carry_the_content_security_policy() throws Exception {
        HttpResponse<String> login = http.send(request("/login").GET().build(), ofString());
        String sessionCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();

        assertThat(sessionCookie).contains("SameSite=Lax").contains("HttpOnly");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src 'self';").doesNotContain("unsafe");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }

    /** Signs in through the login form as a browser would and returns the session cookie. */
    private String signIn(String user, String password) throws Exception {
        HttpResponse<String> page = http.send(request("/login").GET().build(), ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = http.send(request("/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(cookie);
    }

    private HttpRequest.Builder deploy() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"evil.bpmn\"; filename=\"evil.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + EVIL_BPMN + "\r\n--" + BOUNDARY + "--\r\n";
        return request("/engine-rest/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
