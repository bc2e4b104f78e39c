package org.kuzet.engine.screening.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;

/**
 * The peer: every list name in an in-memory Lucene index (standard tokenizer, lower case, ASCII
 * folding) and a query that asks, for every query word, a fuzzy match (Levenshtein 1 for words up
 * to 5 letters, 2 above; exact for 1-2 letters) in the same name. A returned name is a hit.
 */
final class LuceneBaseline implements AutoCloseable {

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
          return new TokenStreamComponents(source, result);
        }
      };
  private final List<String> owners = new ArrayList<>();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  LuceneBaseline(List<Watchlist> lists) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Watchlist list : lists) {
        for (WatchlistEntry e : list.entries()) {
          for (String name : e.names()) {
            Document doc = new Document();
            doc.add(new TextField("name", name, Field.Store.NO));
            doc.add(new StoredField("owner", owners.size()));
            writer.addDocument(doc);
          }
          owners.add(list.name() + "\u0000" + e.id());
        }
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Entries ("list\0id") whose names fuzzily hold every query word, at most {@code limit} names.
   */
  Set<String> screen(String name, int limit) {
    try {
      List<String> words = new ArrayList<>();
      try (TokenStream ts = analyzer.tokenStream("name", name)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          words.add(term.toString());
        }
        ts.end();
      }
      if (words.isEmpty()) {
        return Set.of();
      }
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String w : words) {
        Term t = new Term("name", w);
        int edits = w.length() <= 2 ? 0 : w.length() <= 5 ? 1 : 2;
        q.add(edits == 0 ? new TermQuery(t) : new FuzzyQuery(t, edits), BooleanClause.Occur.SHOULD);
      }
      q.setMinimumNumberShouldMatch(words.size());
      Set<String> out = new HashSet<>();
      for (ScoreDoc sd : searcher.search(q.build(), limit).scoreDocs) {
        int owner =
            searcher.storedFields().document(sd.doc).getField("owner").numericValue().intValue();
        out.add(owners.get(owner));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
