package org.xieshang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A delegate on her phone, signed in through the balancer, voting as the page lets her and trying again on an error. */
final class ClusterVoter {

    private static final int TRIES = 20;

    private final String base;
    private final HttpClient http;
    private final ClusterSeed.Voter voter;

    private ClusterVoter(String base, HttpClient http, ClusterSeed.Voter voter) {
        this.base = base;
        this.http = http;
        this.voter = voter;
    }

    /** Every delegate of the seeded congress signed in, eight at a time. */
    static List<ClusterVoter> signIn(String base, ClusterSeed.Seeded seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ClusterVoter>> signedIn = new ArrayList<>();
            for (ClusterSeed.Voter v : seed.voters()) {
                signedIn.add(pool.submit(() -> new ClusterVoter(base, HttpSignIn.client(base, v.userId(), v.password()), v)));
            }
            List<ClusterVoter> voters = new ArrayList<>();
            for (Future<ClusterVoter> f : signedIn) {
                voters.add(f.get());
            }
            return voters;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Opens her page and votes until the page says she has voted; returns the ballots she sent (more than one when
     * an answer was lost with the node). She is never signed out: a sign-in page is an error.
     */
    int vote(long roundId) throws Exception {
        int sent = 0;
        for (int i = 0; i < TRIES; i++) {
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/congress/me")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200) {
                    if (page.body().contains("name=\"password\"")) {
                        throw new IllegalStateException(voter.userId() + " was signed out");
                    }
                    if (page.body().contains("id=\"voted\"")) {
                        return sent;
                    }
                    sent++;
                    http.send(HttpSignIn.post(base + "/congress/rounds/" + roundId + "/ballot",
                            "line-0=" + voter.choice() + "&_csrf=" + HttpSignIn.csrf(page.body())), HttpResponse.BodyHandlers.discarding());
                    continue;
                }
            } catch (IOException lostWithTheNode) {
                // the connection broke under the request: ask the page again
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(voter.userId() + ": no ballot recorded after " + TRIES + " tries");
    }
}
