package org.xieshang.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load of a campaign day with a congress in session, through the balancer (LoadRun starts it): officials browse
 * their dashboards, union chairs send offers and HR answer them through the task forms, and 1,000 delegates sign in,
 * vote within a minute and watch the live turnout as their phones poll it. Every step checks the page it gets.
 */
public class PortalSimulation extends Simulation {

    private static final String FEEDERS = System.getProperty("load.feeders");
    private static final long CAMPAIGN = Long.getLong("load.campaign");
    private static final long ROUND = Long.getLong("load.round");
    private static final long SESSION = Long.getLong("load.session");
    private static final int DELEGATES = Integer.getInteger("load.delegates", 1000);
    private static final int CHAIRS = Integer.getInteger("load.chairs", 100);
    private static final int HRS = Integer.getInteger("load.hrs", 100);
    private static final int OFFICIALS = Integer.getInteger("load.officials", 10);
    /** The minute in which every delegate votes; the other parties work through the same minute. */
    private static final Duration VOTING = Duration.ofSeconds(Integer.getInteger("load.seconds", 55));
    private static final String MEETING = LocalDate.now().plusDays(25) + "T09:30";

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("load.base"))
            .acceptLanguageHeader("zh-CN,zh;q=0.9").userAgentHeader("Xieshang load run");

    private static ChainBuilder signIn(String user, String password) {
        return exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", user).formParam("password", password)
                        .formParam("_csrf", "#{csrf}").check(status().is(200), substring("name=\"password\"").notExists()));
    }

    private final ScenarioBuilder officials = scenario("officials browse their dashboards")
            .exec(signIn(LoadSeed.OFFICIAL, LoadSeed.PASSWORD))
            .during(VOTING.plusSeconds(20)).on(
                    exec(http("official: home").get("/").check(status().is(200))).pause(1, 3)
                            .exec(http("official: campaign").get("/campaigns/" + CAMPAIGN).check(status().is(200))).pause(1, 3)
                            .exec(http("official: statistics").get("/statistics").check(status().is(200))).pause(1, 3)
                            .exec(http("official: registry").get("/enterprises").check(status().is(200))).pause(1, 3)
                            .exec(http("official: overdue cases").get("/cases?overdue=true").check(status().is(200))).pause(1, 3));

    private final ScenarioBuilder chairs = scenario("union chairs send their offers")
            .feed(csv(FEEDERS + "/chairs.csv").queue())
            .exec(signIn("#{user}", "#{password}"))
            .exec(http("chair: tasks").get("/api/tasks").check(jsonPath("$.unclaimed[0].id").saveAs("task")))
            .pause(1)
            .exec(http("chair: offer form").get("/forms/offer?taskId=#{task}").check(css("form input[name=_csrf]", "value").saveAs("csrf")))
            .pause(2)
            .exec(http("chair: send offer").post("/forms/offer").formParam("taskId", "#{task}").formParam("action", "send")
                    .formParam("contractType", "WAGES").formParam("subjects", "REMUNERATION").formParam("wageIncreasePercent", "6.0")
                    .formParam("lowestWage", "2200").formParam("proposedAt", MEETING).formParam("proposedPlace", "公司会议室")
                    .formParam("contactName", "工会主席").formParam("contactPhone", "0951-6000000").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), css(".alert-danger").notExists()));

    private final ScenarioBuilder hr = scenario("HR answer the offers")
            .feed(csv(FEEDERS + "/hr.csv").queue())
            .exec(signIn("#{user}", "#{password}"))
            .exec(http("HR: tasks").get("/api/tasks").check(jsonPath("$.unclaimed[0].id").saveAs("task")))
            .pause(1)
            .exec(http("HR: answer form").get("/forms/answer-offer?taskId=#{task}")
                    .check(css("form input[name=_csrf]", "value").saveAs("csrf")))
            .pause(2)
            .exec(http("HR: answer").post("/forms/answer-offer").formParam("taskId", "#{task}").formParam("kind", "ACCEPT")
                    .formParam("meetingAt", MEETING).formParam("meetingPlace", "公司会议室").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), css(".alert-danger").notExists()));

    private final ScenarioBuilder delegates = scenario("delegates vote and watch the turnout")
            .feed(csv(FEEDERS + "/delegates.csv").queue())
            .exec(signIn("#{user}", "#{password}"))
            .exec(http("delegate: my congress").get("/congress/me").check(css("#ballot input[name=_csrf]", "value").saveAs("csrf")))
            .pause(1, 4)
            .exec(http("ballot").post("/congress/rounds/" + ROUND + "/ballot").formParam("line-0", "#{choice}")
                    .formParam("_csrf", "#{csrf}").disableFollowRedirect().check(status().is(302)))
            .exec(http("delegate: voted").get("/congress/me").check(substring("id=\"voted\"")))
            .repeat(5).on(exec(http("delegate: live turnout").get("/congress/sessions/" + SESSION + "/live").check(status().is(200)))
                    .pause(Duration.ofSeconds(3)));

    {
        setUp(officials.injectOpen(rampUsers(OFFICIALS).during(5)),
                chairs.injectOpen(rampUsers(CHAIRS).during(VOTING)),
                hr.injectOpen(rampUsers(HRS).during(VOTING)),
                delegates.injectOpen(rampUsers(DELEGATES).during(VOTING)))
                .protocols(protocol)
                .assertions(global().responseTime().percentile(95).lt(300), details("ballot").responseTime().percentile(99).lt(300),
                        global().failedRequests().count().is(0L));
    }
}
