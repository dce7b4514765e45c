package org.ensemble.ingest.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputFileTests {

	@TempDir
	Path dir;

	@Test
	void gzipIsRecognisedByItsMagicBytesNotItsName() throws IOException {
		Path plain = TestFiles.write(this.dir, "plain.txt", "hello\n");
		Path gzipWithoutSuffix = TestFiles.gzip(plain, this.dir, "compressed.txt");
		Path plainWithGzipSuffix = TestFiles.write(this.dir, "not-really.gz", "plain after all\n");

		try (InputFile gzip = InputFile.open(gzipWithoutSuffix); InputFile text = InputFile.open(plainWithGzipSuffix)) {
			assertThat(gzip.gzip()).isTrue();
			assertThat(new BufferedReader(gzip.reader()).readLine()).isEqualTo("hello");
			assertThat(text.gzip()).isFalse();
			assertThat(new BufferedReader(text.reader()).readLine()).isEqualTo("plain after all");
		}
	}

	@Test
	void aByteOrderMarkIsNotText() throws IOException {
		Path file = TestFiles.write(this.dir, "bom.tsv", "\uFEFFtconst\n");

		try (InputFile input = InputFile.open(file)) {
			assertThat(new BufferedReader(input.reader()).readLine()).isEqualTo("tconst");
		}
	}

	@Test
	void aMissingFileFailsNamingTheFile() {
		Path missing = this.dir.resolve("nowhere.csv");

		assertThatThrownBy(() -> InputFile.open(missing)).isInstanceOf(ImportFileException.class)
			.hasMessageContaining("nowhere.csv")
			.hasMessageContaining("not found");
	}

	@Test
	void aFolderIsNotAFile() {
		assertThatThrownBy(() -> InputFile.open(this.dir)).isInstanceOf(ImportFileException.class)
			.hasMessageContaining("directory");
	}

	@Test
	void progressCountsCompressedBytesAndEndsAtTheFileSize() throws IOException {
		Path plain = TestFiles.write(this.dir, "big.txt", "line of text\n".repeat(400_000));
		Path gzip = TestFiles.gzip(plain, this.dir, "big.txt.gz");
		long size = Files.size(gzip);
		RecordingSink sink = new RecordingSink();

		try (InputFile input = InputFile.open(gzip)) {
			BufferedReader reader = new BufferedReader(input.reader());
			while (reader.readLine() != null) {
				input.progress(sink);
			}
			input.finished(sink);
		}

		assertThat(sink.progress).isNotEmpty().allSatisfy((progress) -> {
			assertThat(progress.file()).isEqualTo("big.txt.gz");
			assertThat(progress.totalBytes()).isEqualTo(size);
			assertThat(progress.bytesRead()).isBetween(0L, size);
		});
		assertThat(sink.progress.getLast().bytesRead()).isEqualTo(size);
		// Throttled: a call per mebibyte or so, not one per line.
		assertThat(sink.progress).hasSizeLessThan(10);
	}

}
