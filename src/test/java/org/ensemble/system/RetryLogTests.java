package org.ensemble.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction the driver runs again after a transient error is one line in the log, without the
 * error's trace; an error that outlasts the retries fails the command with its whole trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetryLogTests extends GraphTestSupport {

	private static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";

	@Autowired
	private GraphTransactions graph;

	@Test
	void aTransientErrorThatARetryGetsPastIsOneLineWithoutItsTrace(CapturedOutput output) {
		AtomicInteger runs = new AtomicInteger();

		String result = this.graph.write((tx) -> {
			if (runs.incrementAndGet() == 1) {
				// What Neo4j says of a deadlock, over three lines.
				throw new TransientException(DEADLOCK, """
						ForsetiClient[transactionId=7] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=8]} on NODE(12),
						 because holders of that lock are waiting for ForsetiClient[transactionId=7].
						 Wait list:ExclusiveLock[Client[8] waits for [ForsetiClient[transactionId=7]]]""");
			}
			return tx.run("RETURN 'written' AS result").single().get("result").asString();
		});

		assertThat(result).isEqualTo("written");
		assertThat(runs).hasValue(2);
		List<String> lines = output.getAll().lines().filter((line) -> line.contains("transactionId=7")).toList();
		assertThat(lines).singleElement()
			.asString()
			.contains("WARN")
			.contains("Transaction failed and will be retried in ")
			.contains(DEADLOCK + ": ForsetiClient[transactionId=7] can't acquire")
			.contains("on NODE(12), because holders")
			.endsWith("Wait list:ExclusiveLock[Client[8] waits for [ForsetiClient[transactionId=7]]]");
		assertThat(output.getAll()).doesNotContain("TransientException").doesNotContain(RetryLogTests.class.getName() + ".lambda");
	}

	@Test
	void anErrorThatOutlastsTheRetriesFailsTheCommandWithItsTrace(CapturedOutput output) {
		EnsembleCommand failing = new EnsembleCommand() {

			@Override
			public CommandSyntax syntax() {
				return CommandSyntax.withoutArguments("failing", "(fails as an import whose retries were used up)");
			}

			@Override
			public int run(List<String> args) {
				throw new TransientException(DEADLOCK, "still deadlocked after 30 s of retries");
			}

		};
		CommandRunner runner = new CommandRunner(List.of(failing), new MockEnvironment().withProperty("ensemble.command", "failing"));

		runner.run();

		assertThat(runner.getExitCode()).isEqualTo(1);
		assertThat(output.getErr()).contains("failing failed: still deadlocked after 30 s of retries");
		assertThat(output.getAll()).contains("TransientException: still deadlocked after 30 s of retries")
			.contains("\tat " + RetryLogTests.class.getName());
	}

}
