package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.io.RowError;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a transaction file with the engine's readers, numbering the good transactions from 1 as the
 * in-process engine does. Files are not split: IBM's ids are row numbers, which only a reader that
 * sees the whole file can count. On recovery Flink re-reads the file and skips the records already
 * emitted, so the numbers stay the same.
 */
public class TransactionFileFormat extends SimpleStreamFormat<Sequenced> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(TransactionFileFormat.class);
  private final TransactionFormat format;

  public TransactionFileFormat(TransactionFormat format) {
    this.format = format;
  }

  @Override
  public StreamFormat.Reader<Sequenced> createReader(Configuration config, FSDataInputStream in)
      throws IOException {
    TransactionSource src = format.open(in, TransactionFileFormat::log, null);
    return new StreamFormat.Reader<>() {
      private long seq;

      @Override
      public @Nullable Sequenced read() throws IOException {
        Transaction t = src.next();
        return t == null ? null : new Sequenced(++seq, t);
      }

      @Override
      public void close() throws IOException {
        src.close();
      }
    };
  }

  private static void log(RowError e) {
    LOG.warn("skipped {}", e);
  }

  @Override
  public TypeInformation<Sequenced> getProducedType() {
    return FinintelTypes.SEQUENCED;
  }
}
