package org.ensemble.hardening;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j server as a process of its own, without Docker: a child JVM that runs the DBMS the service
 * embeds, with Bolt on a fixed loopback port and authentication on, so that the service connects to
 * it by {@code NEO4J_URI} exactly as to a server it does not own. It can be SIGKILLed and started again
 * on the same folder and port (the services keep their URI), which is what a crashed database server
 * is to them.
 *
 * <p>
 * The port is chosen free before the first start rather than by the server: it must stay the same
 * across restarts, and the routing table of {@code neo4j://} advertises it.
 */
final class Neo4jServerProcess implements AutoCloseable {

	static final String USERNAME = "ensemble";

	static final String PASSWORD = "server-mode-secret";

	private static final String READY = "Neo4j server ready on bolt://127.0.0.1:";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	private final Path home;

	private final Path scratch;

	private final int port;

	private ChildJvm jvm;

	private Neo4jServerProcess(Path home, Path scratch, int port) {
		this.home = home;
		this.scratch = scratch;
		this.port = port;
	}

	/** Starts a server on a new database in {@code folder} and waits until it accepts logins. */
	static Neo4jServerProcess start(Path folder) throws IOException, InterruptedException {
		Neo4jServerProcess server = new Neo4jServerProcess(Files.createDirectories(folder.resolve("neo4j")),
				Files.createDirectories(folder.resolve("server")), freePort());
		server.restart();
		return server;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Starts the server again on its folder and port (after {@link #kill()}), waiting until it is ready. */
	void restart() throws IOException, InterruptedException {
		if (this.jvm != null && this.jvm.isAlive()) {
			throw new IllegalStateException("The Neo4j server is still running");
		}
		Files.deleteIfExists(this.scratch.resolve("neo4j.log"));
		this.jvm = ChildJvm.start("neo4j", Neo4jServerProcess.class,
				List.of(this.home.toString(), Integer.toString(this.port), PASSWORD), "512m", Map.of(), this.scratch);
		try {
			this.jvm.awaitLine(Pattern.compile(Pattern.quote(READY + this.port)), START_TIMEOUT);
		}
		catch (InterruptedException | RuntimeException | AssertionError ex) {
			this.jvm.close();
			throw ex;
		}
	}

	String boltUri() {
		return "bolt://127.0.0.1:" + this.port;
	}

	String routingUri() {
		return "neo4j://127.0.0.1:" + this.port;
	}

	/** SIGKILL: the database's files are left as a power cut leaves them; a restart recovers from its logs. */
	void kill() throws InterruptedException {
		this.jvm.kill();
	}

	double uptimeSeconds() {
		return this.jvm.uptimeSeconds();
	}

	String output() {
		return this.jvm.output();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.jvm != null) {
			this.jvm.close();
		}
	}

	/**
	 * The server itself: {@code <home> <port> <password>}. The login is a user of its own with that
	 * password: Neo4j's {@code neo4j} user must change its password at first login, which no service does.
	 */
	public static void main(String[] args) {
		Path home = Path.of(args[0]);
		int port = Integer.parseInt(args[1]);
		SocketAddress address = new SocketAddress("127.0.0.1", port);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, address)
			.setConfig(BoltConnector.advertised_address, address)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
		dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("CREATE USER " + USERNAME + " IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", args[2]));
		System.out.println(READY + port);
	}

}
