package org.ensemble.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client asking the same question over and over, as fast as it is answered, that remembers how
 * each kind of answer came and when last: to see an instance answer 503 while its database is away,
 * and answer again once it is back. An answer other than 200 that is not a problem body counts as
 * such, so that the test sees it.
 */
final class QuestionLoop {

	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	private final Map<Integer, Long> lastAnswered = new ConcurrentHashMap<>();

	private final Thread thread;

	private volatile boolean stopped;

	private QuestionLoop(URI question, HttpClient client) {
		this.thread = Thread.ofPlatform().daemon().name("question-loop").unstarted(() -> ask(question, client));
	}

	static QuestionLoop start(URI question, HttpClient client) {
		QuestionLoop loop = new QuestionLoop(question, client);
		loop.thread.start();
		return loop;
	}

	private void ask(URI question, HttpClient client) {
		HttpRequest request = HttpRequest.newBuilder(question).timeout(Duration.ofMinutes(1)).build();
		while (!this.stopped) {
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				int status = response.statusCode();
				boolean problem = response.headers()
					.firstValue("Content-Type")
					.orElse("")
					.startsWith("application/problem+json");
				String answer = (status == 200 || problem) ? String.valueOf(status) : status + " without a problem body";
				this.answers.computeIfAbsent(answer, (key) -> new AtomicInteger()).incrementAndGet();
				this.lastAnswered.put(status, System.nanoTime());
			}
			catch (IOException ex) {
				this.answers.computeIfAbsent("no answer (" + ex.getClass().getSimpleName() + ")", (key) -> new AtomicInteger())
					.incrementAndGet();
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** Waits for an answer with this status, at any time since the loop started. */
	void awaitAnswer(int status, Duration timeout) throws InterruptedException {
		awaitAnswerAfter(status, Long.MIN_VALUE, timeout);
	}

	/** Waits for an answer with this status that came after {@code nanoTime}. */
	void awaitAnswerAfter(int status, long nanoTime, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (Long last = this.lastAnswered.get(status); last == null || last < nanoTime; last = this.lastAnswered.get(status)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No answer " + status + " within " + timeout + "; answers: " + answers());
			}
			Thread.sleep(50);
		}
	}

	/** How often each answer came. */
	Map<String, Integer> answers() {
		Map<String, Integer> counts = new TreeMap<>();
		this.answers.forEach((answer, count) -> counts.put(answer, count.get()));
		return counts;
	}

	void stop() {
		this.stopped = true;
		this.thread.interrupt();
	}

}
