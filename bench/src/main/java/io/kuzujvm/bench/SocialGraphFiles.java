package io.kuzujvm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A deterministic social graph as CSV files: persons, posts, knows (person to person)
 * and likes (person to post). Scale 1 is 100,000 persons.
 */
record SocialGraphFiles(Path directory, long persons, long posts, long knows, long likes) {

    private static final int PERSONS_PER_SCALE = 100_000;
    private static final int KNOWS_PER_PERSON = 10;
    private static final int POSTS_PER_PERSON = 2;
    private static final int LIKES_PER_PERSON = 5;

    static SocialGraphFiles generate(Path directory, double scale) throws IOException {
        long persons = Math.max(10, Math.round(PERSONS_PER_SCALE * scale));
        long posts = persons * POSTS_PER_PERSON;
        SplittableRandom random = new SplittableRandom(42);
        LocalDate epoch = LocalDate.of(2000, 1, 1);
        try (BufferedWriter out = writer(directory.resolve("person.csv"))) {
            for (long id = 0; id < persons; id++) {
                out.write(id + ",person-" + id + "," + (18 + random.nextInt(60)) + ","
                        + epoch.plusDays(random.nextInt(8000)) + "\n");
            }
        }
        try (BufferedWriter out = writer(directory.resolve("post.csv"))) {
            for (long id = 0; id < posts; id++) {
                out.write(id + ",post number " + id + " about topic " + random.nextInt(1000) + ","
                        + random.nextInt(1000) + "\n");
            }
        }
        long knows = 0;
        try (BufferedWriter out = writer(directory.resolve("knows.csv"))) {
            for (long from = 0; from < persons; from++) {
                for (int k = 0; k < KNOWS_PER_PERSON; k++) {
                    out.write(from + "," + random.nextLong(persons) + "," + (2000 + random.nextInt(25)) + "\n");
                    knows++;
                }
            }
        }
        long likes = 0;
        try (BufferedWriter out = writer(directory.resolve("likes.csv"))) {
            for (long from = 0; from < persons; from++) {
                for (int k = 0; k < LIKES_PER_PERSON; k++) {
                    out.write(from + "," + random.nextLong(posts) + "," + epoch.plusDays(random.nextInt(8000)) + "\n");
                    likes++;
                }
            }
        }
        return new SocialGraphFiles(directory, persons, posts, knows, likes);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** The schema, identical for both engines. */
    String[] schema() {
        return new String[] {
            "CREATE NODE TABLE Person(id INT64, name STRING, age INT64, joined DATE, PRIMARY KEY(id))",
            "CREATE NODE TABLE Post(id INT64, content STRING, score INT64, PRIMARY KEY(id))",
            "CREATE REL TABLE Knows(FROM Person TO Person, since INT64)",
            "CREATE REL TABLE Likes(FROM Person TO Post, at DATE)"
        };
    }

    /** The COPY statements, in load order. */
    String[] copies() {
        return new String[] {
            copy("Person", "person.csv"), copy("Post", "post.csv"),
            copy("Knows", "knows.csv"), copy("Likes", "likes.csv")
        };
    }

    private String copy(String table, String file) {
        return "COPY " + table + " FROM '" + directory.resolve(file) + "' (HEADER=false)";
    }

    long nodes() {
        return persons + posts;
    }

    long edges() {
        return knows + likes;
    }
}
