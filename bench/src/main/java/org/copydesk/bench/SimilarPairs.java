package org.copydesk.bench;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/** The Spark side of the peer: stories as shingle vectors, and MinHashLSH's similarity self-join. */
final class SimilarPairs {
  /** A pair of stories closer than the join's threshold, ids in order. */
  record Pair(String a, String b, double distance) {}

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("features", SQLDataTypes.VectorType(), false);

  private final SparkSession spark;
  private final int bits;
  private final int hashTables;
  private final long seed;
  private Dataset<Row> stories;
  private MinHashLSHModel model;

  SimilarPairs(SparkSession spark, int bits, int hashTables, long seed) {
    this.spark = spark;
    this.bits = bits;
    this.hashTables = hashTables;
    this.seed = seed;
  }

  int hashTables() {
    return hashTables;
  }

  /** Reads and shingles the stories, held in memory for the join; returns their ids. */
  List<String> load(String input) {
    int dimensionBits = bits;
    MapPartitionsFunction<String, Row> shingle = lines -> {
      ShingleVectors vectors = new ShingleVectors(dimensionBits);
      List<Row> rows = new ArrayList<>();
      while (lines.hasNext()) {
        ShingleVectors.Shingled s = vectors.shingle(lines.next());
        if (s != null) {
          double[] ones = new double[s.indices().length];
          Arrays.fill(ones, 1.0);
          rows.add(RowFactory.create(s.id(), Vectors.sparse(vectors.dimension(), s.indices(), ones)));
        }
      }
      return rows.iterator();
    };
    stories = spark.read().textFile(input)
        .mapPartitions(shingle, Encoders.row(SCHEMA))
        .persist(StorageLevel.MEMORY_ONLY());
    List<String> ids = new ArrayList<>();
    for (Row row : stories.select("id").collectAsList()) {
      ids.add(row.getString(0));
    }
    return ids;
  }

  /** Every pair of distinct stories at Jaccard distance below {@code threshold}, each once. */
  List<Pair> join(double threshold) {
    model = new MinHashLSH()
        .setNumHashTables(hashTables)
        .setSeed(seed)
        .setInputCol("features")
        .setOutputCol("hashes")
        .fit(stories);
    Dataset<Row> pairs = model.approxSimilarityJoin(stories, stories, threshold, "distance")
        .select(col("datasetA.id").as("a"), col("datasetB.id").as("b"), col("distance"))
        .filter(col("a").lt(col("b")));
    // collect, not toLocalIterator: the latter runs one partition at a time, on one core
    List<Pair> found = new ArrayList<>();
    for (Row r : pairs.collectAsList()) {
      found.add(new Pair(r.getString(0), r.getString(1), r.getDouble(2)));
    }
    return found;
  }

  /**
   * Pairs of stories sharing a bucket, summed over the hash tables: the candidates the join
   * computes distances for (each pair counted once per table it meets in). Call after {@link #join}.
   */
  long bucketPairs() {
    Row total = model.transform(stories)
        .select(posexplode(col("hashes")).as(new String[] {"table", "hash"}))
        .groupBy(col("table"), vector_to_array(col("hash"), "float64").getItem(0))
        .count()
        .select(sum(col("count").multiply(col("count").minus(1)).divide(2)))
        .first();
    return total.isNullAt(0) ? 0 : (long) total.getDouble(0);
  }
}
