package org.xieshang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal over real HTTP, for what only the server does (cookies' attributes, upload limits): signs in through
 * the login form and posts as the pages do, with the session cookie and the CSRF token of a page.
 */
public final class HttpPortal {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "xsboundary";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private String session;

    public HttpPortal(int port) {
        this.port = port;
    }

    /** The session cookie ({@code JSESSIONID=…}) after a successful login. */
    public String signIn(String user, String password) throws Exception {
        HttpResponse<String> page = send(request("/login").GET());
        String cookie = sessionCookie(page);
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> login = send(request("/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(cookie);
        return session;
    }

    /** Posts a form with one file as the page at {@code page} would (its CSRF token, the Referer of the page). */
    public HttpResponse<String> upload(String page, String action, Map<String, String> fields, String fileField,
                                       String fileName, byte[] file) throws Exception {
        String token = token(page);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(action).header("Cookie", session).header("X-CSRF-TOKEN", token)
                .header("Referer", "http://localhost:" + port + page)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).header("Cookie", session).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** The CSRF token a page hands to htmx (the layout's hx-headers). */
    private String token(String page) throws Exception {
        Matcher m = Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;").matcher(get(page).body());
        assertThat(m.find()).as("the page " + page + " carries the CSRF token").isTrue();
        return m.group(1);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
