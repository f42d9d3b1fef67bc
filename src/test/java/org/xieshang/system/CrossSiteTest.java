package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xieshang.testing.HttpPortal;
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


    @Test
    void a_foreign_form_riding_on_the_administrators_portal_session_deploys_nothing() throws Exception {
        HttpPortal portal = new HttpPortal(port);
        String session = portal.signIn("admin", "admin");
        long deployments = repository.createDeploymentQuery().count();

        HttpResponse<String> crossSite = portal.send(deploy().header("Cookie", session)
                .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site"));
        HttpResponse<String> cookieOnly = portal.send(deploy().header("Cookie", session));

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(cookieOnly.statusCode()).as("the engine API takes no session").isEqualTo(401);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void the_administrators_http_basic_still_works_and_leaves_no_session_behind() throws Exception {
        HttpResponse<String> engines = portal().send(request("/engine-rest/engine").header("Authorization", basic("admin", "admin"))
                .GET());

        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
        assertThat(engines.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> crossSite = portal().send(request("/engine-rest/engine").header("Authorization", basic("admin", "admin"))
                .header("Origin", "https://attacker.example").GET());
        assertThat(crossSite.statusCode()).as("a browser that cached the password, on a foreign page").isEqualTo(403);

        HttpResponse<String> delegate = portal().send(request("/engine-rest/engine")
                .header("Authorization", basic("xjs.hr", "xieshang2026")).GET());
        assertThat(delegate.statusCode()).as("only administrators use the engine API").isEqualTo(403);
    }

    @Test
    void the_session_cookie_stays_on_this_site_and_pages_carry_the_content_security_policy() throws Exception {
        HttpResponse<String> login = portal().send(request("/login").GET());
        String sessionCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();

        assertThat(sessionCookie).contains("SameSite=Lax").contains("HttpOnly");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src 'self';").doesNotContain("unsafe");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }

    private HttpRequest.Builder deploy() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"evil.bpmn\"; filename=\"evil.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + EVIL_BPMN + "\r\n--" + BOUNDARY + "--\r\n";
        return request("/engine-rest/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder request(String path) {
        return portal().request(path);
    }

    private HttpPortal portal() {
        return new HttpPortal(port);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
