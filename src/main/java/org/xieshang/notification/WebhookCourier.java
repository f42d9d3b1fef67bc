package org.xieshang.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A text message posted to one configured URL in the format of 企业微信 group robots, naming the person's mobile so the
 * robot mentions her; DingTalk robots take the same body, and an SMS gateway behind an HTTP endpoint can read the
 * mobile and the content from it. Reaches only people whose mobile is known. A robot answers 200 with an
 * {@code errcode} that must be 0; anything else is a failed try.
 */
@Component
class WebhookCourier implements Courier {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String url;
    private final String portalUrl;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookCourier(@Value("${xieshang.notify.webhook-url}") String url, @Value("${xieshang.notify.portal-url}") String portalUrl,
                   ObjectMapper json) {
        this.url = url;
        this.portalUrl = portalUrl;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public boolean ready() {
        return !url.isBlank();
    }

    @Override
    public Optional<String> address(NoticeTable.Recipient recipient) {
        return Optional.ofNullable(recipient.mobile());
    }

    @Override
    public void deliver(NoticeTable.Outgoing o) throws Exception {
        String content = o.subject() + "\n" + o.body() + "\n" + (o.link() == null ? portalUrl : portalUrl + o.link());
        byte[] body = json.writeValueAsBytes(Map.of("msgtype", "text",
                "text", Map.of("content", content, "mentioned_mobile_list", List.of(o.address()))));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode answer = response.body().isBlank() ? null : json.readTree(response.body());
        if (answer != null && answer.path("errcode").asInt(0) != 0) {
            throw new IOException("errcode " + answer.path("errcode").asInt() + " " + answer.path("errmsg").asText());
        }
    }
}
