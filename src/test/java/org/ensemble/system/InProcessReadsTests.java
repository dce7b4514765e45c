package org.ensemble.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.TransactionTerminatedException;
import org.neo4j.kernel.api.exceptions.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What an in-process read hands the features is what the driver would have: the same values, and
 * Neo4j's errors as the driver's exceptions with the same codes (the questions' own answers in both
 * modes are compared by {@code *OverBoltTests}).
 */
class InProcessReadsTests {

	@Test
	void valuesAreTheDriversNestedMapsListsScalarsAndDates() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", "p1");
		row.put("shared", 3L);
		row.put("released", LocalDate.of(2020, 11, 27));
		row.put("aliases", new String[] { "Lee Choong Hyun", "이충현" });
		row.put("works", List.of(Map.of("id", "w1", "year", 2020L)));
		row.put("none", null);

		Value value = InProcessReads.value(row);

		assertThat(value.get("id").asString()).isEqualTo("p1");
		assertThat(value.get("shared").asInt()).isEqualTo(3);
		assertThat(value.get("released").as(LocalDate.class)).isEqualTo(LocalDate.of(2020, 11, 27));
		assertThat(value.get("aliases").asList(Value::asString)).containsExactly("Lee Choong Hyun", "이충현");
		assertThat(value.get("works").get(0).get("year").as(Integer.class)).isEqualTo(2020);
		assertThat(value.get("none").isNull()).isTrue();
		assertThat(value.get("missing").isNull()).isTrue();
	}

	@Test
	void aGraphEntityIsRefusedWithAReason() {
		org.neo4j.graphdb.Node node = (org.neo4j.graphdb.Node) java.lang.reflect.Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { org.neo4j.graphdb.Node.class }, (proxy, method, args) -> null);
		assertThatIllegalStateException().isThrownBy(() -> InProcessReads.value(List.of(node)))
			.withMessageContaining("project its properties");
	}

	@Test
	void neo4jErrorsBecomeTheDriversWithTheirStatusCodes() {
		RuntimeException timeout = InProcessReads
			.translated(new TransactionTerminatedException(null, Status.Transaction.TransactionTimedOutClientConfiguration));
		assertThat(timeout).isInstanceOf(ClientException.class);
		assertThat(((ClientException) timeout).code()).contains("TransactionTimedOut");

		RuntimeException deadlock = InProcessReads.translated(new QueryExecutionException("deadlock", null,
				Status.Transaction.DeadlockDetected.code().serialize()));
		assertThat(deadlock).isInstanceOf(TransientException.class);

		RuntimeException wrapped = InProcessReads.translated(new RuntimeException("outer",
				new TransactionTerminatedException(null, Status.General.UnknownError)));
		assertThat(wrapped).isInstanceOf(DatabaseException.class);

		IllegalArgumentException plain = new IllegalArgumentException("ours");
		assertThat(InProcessReads.translated(plain)).isSameAs(plain);
	}

}
