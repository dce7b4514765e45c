package org.ensemble.ingest.parse;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.ensemble.ingest.parse.LineReader.Line;

/**
 * An import file opened for streaming: its UTF-8 text, decompressed when the file starts with the
 * gzip magic bytes (whatever its name says), and how many of its bytes were consumed, for progress.
 * Bytes that are not UTF-8 text fail the read (see {@link TextBytes}) rather than being decoded.
 */
final class InputFile implements Closeable {

	private static final int BUFFER = 1 << 16;

	/** Report progress about once per this many bytes, so that a sink is not called per row. */
	private static final long PROGRESS_STEP = 1 << 20;

	private final Path path;

	private final long size;

	private final CountingInputStream counter;

	private final TextBytes text;

	private final Reader reader;

	private final boolean gzip;

	private long reported = -1;

	private InputFile(Path path, long size, CountingInputStream counter, TextBytes text, Reader reader, boolean gzip) {
		this.path = path;
		this.size = size;
		this.counter = counter;
		this.text = text;
		this.reader = reader;
		this.gzip = gzip;
	}

	/**
	 * Opens what {@code open} opens and closes it again: the checks of opening a file (it exists, is
	 * readable, its gzip header, its header row) without reading the rest.
	 */
	static void openAndClose(Supplier<? extends Closeable> open) {
		try {
			open.get().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static InputFile open(Path path) {
		if (Files.isDirectory(path)) {
			throw new ImportFileException(path + ": is a directory, not a file");
		}
		InputStream raw = null;
		try {
			long size = Files.size(path);
			raw = Files.newInputStream(path);
			CountingInputStream counter = new CountingInputStream(raw);
			BufferedInputStream buffered = new BufferedInputStream(counter, BUFFER);
			boolean gzip = startsWithGzipMagic(buffered);
			// GZIPInputStream reads the gzip header here, so a broken header fails as "cannot open".
			TextBytes text = new TextBytes(gzip ? new GzipFailures(new GZIPInputStream(buffered, BUFFER)) : buffered);
			BufferedReader reader = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), BUFFER);
			InputFile input = new InputFile(path, size, counter, text, reader, gzip);
			try {
				skipByteOrderMark(reader);
			}
			catch (IOException ex) {
				// The first read fills a whole buffer, so it may already meet a break or binary bytes.
				input.closeQuietly();
				throw input.refused(ex);
			}
			return input;
		}
		catch (NoSuchFileException ex) {
			closeQuietly(raw);
			throw new ImportFileException(path + ": file not found", ex);
		}
		catch (AccessDeniedException ex) {
			closeQuietly(raw);
			throw new ImportFileException(path + ": permission denied", ex);
		}
		catch (IOException ex) {
			closeQuietly(raw);
			throw new ImportFileException(path + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static boolean startsWithGzipMagic(BufferedInputStream in) throws IOException {
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1f && second == 0x8b;
	}

	/** Spreadsheet programs write a BOM in front of UTF-8; it must not become part of a header. */
	private static void skipByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
	}

	private static void closeQuietly(InputStream in) {
		if (in != null) {
			try {
				in.close();
			}
			catch (IOException ignored) {
				// Already failing with a better message.
			}
		}
	}

	/** The file's name as reported to the sink: the user knows which folder they imported. */
	String name() {
		return this.path.getFileName().toString();
	}

	Reader reader() {
		return this.reader;
	}

	boolean gzip() {
		return this.gzip;
	}

	/** Tells the sink how far we are, at most about once per mebibyte. */
	void progress(ImportSink sink) {
		long read = this.counter.count();
		if (this.reported < 0 || read - this.reported >= PROGRESS_STEP) {
			report(sink, read);
		}
	}

	/**
	 * Reads the file line by line, telling the sink how far it got, to its end or to where it breaks off
	 * (a failing read, reported to the sink with the line); then tells the sink the file is done.
	 * @return whether the file was read to its end
	 */
	boolean eachLine(int maxLength, ImportSink sink, Consumer<Line> each) {
		LineReader lines = new LineReader(this.reader, maxLength);
		try {
			for (Line line = lines.next(); line != null; line = lines.next()) {
				progress(sink);
				each.accept(line);
			}
			return true;
		}
		catch (IOException ex) {
			sink.skipped(name(), lines.position(), describe(ex));
			return false;
		}
		finally {
			finished(sink);
		}
	}

	/** Tells the sink the file is done, whether or not it was read to the end. */
	void finished(ImportSink sink) {
		report(sink, this.size);
	}

	private void report(ImportSink sink, long read) {
		this.reported = read;
		sink.progress(name(), Math.min(read, this.size), this.size);
	}

	/** The reason to report when reading stopped half-way with this exception. */
	String describe(IOException failure) {
		return isBrokenContent(failure) ? brokenContent(failure)
				: "read failed, the rest of the file was not read: " + failure;
	}

	/**
	 * The file refused as a whole for a failure met while reading it, as {@code path:line: reason};
	 * the line is exact, since it is counted in the bytes before the decoder's read-ahead.
	 */
	ImportFileException refused(IOException failure) {
		String reason = isBrokenContent(failure) ? brokenContent(failure) : "cannot be read: " + failure.getMessage();
		return new ImportFileException(this.path + ":" + this.text.line() + ": " + reason, failure);
	}

	private static boolean isBrokenContent(IOException failure) {
		return failure instanceof CorruptGzipException || failure instanceof TextBytes.NotTextException;
	}

	private String brokenContent(IOException failure) {
		if (failure instanceof CorruptGzipException) {
			// Buffered reads run ahead of the decompressor: the break is at or before this byte.
			return failure.getMessage() + " (after " + this.counter.count() + " of the file's " + this.size
					+ " compressed bytes)";
		}
		return failure.getMessage();
	}

	/** For paths that are already failing, or done: a failing close has nothing to add. */
	void closeQuietly() {
		try {
			close();
		}
		catch (IOException ignored) {
			// See above.
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

	/** Thrown while reading a gzip file whose compressed stream turns out broken or cut short. */
	static final class CorruptGzipException extends IOException {

		CorruptGzipException(IOException cause) {
			super("gzip stream is corrupt or truncated: " + cause.getMessage(), cause);
		}

	}

	/** Marks every failure of the decompressor, so it can be told apart from a failing disk. */
	private static final class GzipFailures extends FilterInputStream {

		GzipFailures(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (IOException ex) {
				throw new CorruptGzipException(ex);
			}
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			try {
				return super.read(b, off, len);
			}
			catch (IOException ex) {
				throw new CorruptGzipException(ex);
			}
		}

	}

	/** Counts raw (for gzip: compressed) bytes, the unit of {@link ImportSink#progress}. */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		long count() {
			return this.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}
