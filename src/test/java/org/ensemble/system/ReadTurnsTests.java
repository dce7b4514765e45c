package org.ensemble.system;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reads in process take turns: no more run at once than {@code ensemble.read-concurrency}, the others
 * wait in order, the wait counts against the question's time limit, and a read inside a read never
 * waits for a second turn.
 */
class ReadTurnsTests extends GraphTestSupport {

	@Autowired
	private EnsembleProperties properties;

	@Autowired
	private RequestBookmarks bookmarks;

	@Autowired
	private DatabaseMeters meters;

	@Autowired
	private ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> embedded;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void theLimitIsTwiceTheProcessorsByDefaultAndCanBeLifted() {
		assertThat(GraphTransactions.turns(0, 2).availablePermits()).isEqualTo(4);
		assertThat(GraphTransactions.turns(3, 2).availablePermits()).isEqualTo(3);
		assertThat(GraphTransactions.turns(-1, 2)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> GraphTransactions.turns(-2, 2))
			.withMessageContaining("ensemble.read-concurrency");
	}

	@Test
	void aReadWaitsForATurnWhileTheOnlyOneIsTaken() throws Exception {
		GraphTransactions graph = graph(1, Duration.ofSeconds(30));
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Long> first = holdingTheTurn(graph, release);
		AtomicInteger secondRan = new AtomicInteger();
		CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> graph.read((tx) -> {
			secondRan.incrementAndGet();
			return tx.run("RETURN 2 AS n").single().get("n").asLong();
		}), this.threads);

		Thread.sleep(300);
		assertThat(secondRan).as("the second read before the first gives its turn back").hasValue(0);
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(0);
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
	}

	@Test
	void aReadInsideAReadDoesNotWaitForASecondTurn() {
		GraphTransactions graph = graph(1, Duration.ofSeconds(30));

		long inner = graph.read((outer) -> graph.read((tx) -> tx.run("RETURN 3 AS n").single().get("n").asLong()));

		assertThat(inner).isEqualTo(3);
	}

	@Test
	void aReadThatFindsNoTurnWithinItsTimeLimitIsAnsweredAsBusy() throws Exception {
		GraphTransactions graph = graph(1, Duration.ofMillis(300));
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Long> first = holdingTheTurn(graph, release);
		try {
			CompletableFuture<Long> second = CompletableFuture
				.supplyAsync(() -> graph.read((tx) -> tx.run("RETURN 1 AS n").single().get("n").asLong()), this.threads);
			ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
					() -> second.get(10, TimeUnit.SECONDS));
			assertThat(failure.getCause()).isInstanceOf(TransientException.class)
				.hasMessageContaining("overloaded");
			assertThat(new ProblemHandler().unavailable((TransientException) failure.getCause()).getBody().getDetail())
				.contains("as many questions as it can");
			assertThat(((TransientException) failure.getCause()).code()).isEqualTo(GraphTransactions.BUSY);
		}
		finally {
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
		}
		long after = graph.read((tx) -> tx.run("RETURN 4 AS n").single().get("n").asLong());
		assertThat(after).as("the turn was given back").isEqualTo(4);
	}

	@Test
	void aReadRefusedBeforeItRunsGivesNoTurnAway() throws Exception {
		GraphTransactions graph = graph(1, Duration.ofMillis(300));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/stats");
		request.addHeader(RequestBookmarks.HEADER, "%%%");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> graph.read((tx) -> 0L));
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}

		// on another thread: this one's own state must not hide a turn that was never given back
		CompletableFuture<Long> next = CompletableFuture
			.supplyAsync(() -> graph.read((tx) -> tx.run("RETURN 5 AS n").single().get("n").asLong()), this.threads);
		assertThat(next.get(10, TimeUnit.SECONDS)).as("the only turn is still there").isEqualTo(5);
	}

	/**
	 * A read that has its turn once this returns and keeps it until {@code release}; it runs no query,
	 * so that its own transaction's timeout does not end it first.
	 */
	private CompletableFuture<Long> holdingTheTurn(GraphTransactions graph, CountDownLatch release) throws InterruptedException {
		CountDownLatch holding = new CountDownLatch(1);
		CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> graph.read((tx) -> {
			holding.countDown();
			await(release);
			return 0L;
		}), this.threads);
		assertThat(holding.await(10, TimeUnit.SECONDS)).as("the first read has its turn").isTrue();
		return read;
	}

	private GraphTransactions graph(int readConcurrency, Duration queryTimeout) {
		EnsembleProperties p = this.properties;
		EnsembleProperties limited = new EnsembleProperties(p.dataDir(), p.boltPort(), p.apiKey(), queryTimeout,
				p.writeTimeout(), p.maxBodySize(), p.demoOnFirstStart(), p.pageCache(), p.corsOrigins(), true,
				readConcurrency);
		return new GraphTransactions(this.driver, limited, this.bookmarks, this.meters, this.embedded);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
