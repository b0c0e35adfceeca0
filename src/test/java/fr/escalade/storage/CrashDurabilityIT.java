package fr.escalade.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: on the embedded default, a {@code 201} must mean the complaint is on disk, and a
 * reference is never handed out twice. The packaged jar runs on a fresh data folder; clients post
 * complaints concurrently; the JVM is killed with SIGKILL while requests are in flight and
 * restarted on the same folder, a few times.
 */
class CrashDurabilityIT {

  private static final int CRASHES = Integer.getInteger("crash.count", 3);
  private static final int CLIENTS = 8;
  private static final int WARM_ANSWERS = 15;
  private static final int O_DSYNC = 010000;

  private final ObjectMapper json = new ObjectMapper();

  /** Every reference a client was answered 201 for, with the crash cycle it was answered in. */
  private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();

  private final Set<String> handedOutTwice = ConcurrentHashMap.newKeySet();

  @TempDir Path workingDirectory;

  @Test
  void everyAcknowledgedComplaintSurvivesAKillAndNoReferenceIsHandedOutTwice() throws Exception {
    Path jar = Path.of(System.getProperty("escalade.jar", "target/escalade-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    assertThat(jar).as("the packaged application (./mvnw package)").exists();
    Map<String, String> lost = new TreeMap<>();
    Map<String, String> unreadable = new TreeMap<>();
    List<String> unreadableRegister = new ArrayList<>();
    long started = System.nanoTime();
    boolean everyStoreOpenedForSynchronousWrites = true;

    try (PackagedApplication application = new PackagedApplication(jar, workingDirectory)) {
      application.start();
      for (int cycle = 1; cycle <= CRASHES; cycle++) {
        if (cycle > 2 && System.nanoTime() - started > TimeUnit.SECONDS.toNanos(150)) {
          System.out.printf("crash %d skipped: the machine is slow today and the test keeps to its time%n", cycle);
          break;
        }
        everyStoreOpenedForSynchronousWrites &= databaseFileIsOpenedWithDsync(application.pid());
        int answered = postConcurrentlyThenKill(application, cycle);
        application.start();

        int lostBefore = lost.size();
        int unreadableBefore = unreadable.size();
        int found = readAfterRestart(application, lost, unreadable);
        HttpResponse<String> register = application.get("/api/complaints?size=200", "sophie");
        if (register.statusCode() != 200) {
          unreadableRegister.add("cycle " + cycle + ": " + register.statusCode() + " " + register.body());
        }
        int acknowledgedBeforeRestart = acknowledged.size();
        String next = register(application, "Après redémarrage " + cycle);
        assertThat(next).as("a registration after restart %d", cycle).isNotNull();
        if (acknowledged.putIfAbsent(next, cycle) != null) {
          handedOutTwice.add(next);
        }
        System.out.printf(
            "crash %d: %d complaints answered 201 in this run, %d since the start; after restart %d found, %d newly lost"
                + " (404), %d newly unreadable (500); register list: %d; next reference after restart: %s%s%n",
            cycle,
            answered,
            acknowledgedBeforeRestart,
            found,
            lost.size() - lostBefore,
            unreadable.size() - unreadableBefore,
            register.statusCode(),
            next,
            handedOutTwice.contains(next) ? " (ALREADY HANDED OUT)" : " (new)");
      }
    }

    System.out.printf(
        "in all: %d complaints answered 201, %d lost, %d unreadable, %d references handed out twice%n",
        acknowledged.size(), lost.size(), unreadable.size(), handedOutTwice.size());
    assertThat(lost).as("complaints answered 201, missing after a kill -9 and a restart").isEmpty();
    assertThat(unreadable).as("complaints answered 201, unreadable after a kill -9 and a restart").isEmpty();
    assertThat(handedOutTwice).as("references handed out to two clients").isEmpty();
    assertThat(unreadableRegister).as("register list after a restart").isEmpty();
    assertThat(everyStoreOpenedForSynchronousWrites)
        .as("the database file is opened with O_DSYNC, so a commit returns once its bytes are on the device")
        .isTrue();
  }

  /** Posts from several clients at once and kills the JVM while their requests are in flight. */
  private int postConcurrentlyThenKill(PackagedApplication application, int cycle) throws Exception {
    AtomicBoolean posting = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int client = 0; client < CLIENTS; client++) {
      int number = client;
      clients.submit(
          () -> {
            int sequence = 0;
            while (posting.get()) {
              try {
                String reference = register(application, "Client " + number + " n° " + ++sequence + ", cycle " + cycle);
                if (reference != null) {
                  answered.incrementAndGet();
                  if (acknowledged.putIfAbsent(reference, cycle) != null) {
                    handedOutTwice.add(reference);
                  }
                }
              } catch (IOException killedMidRequest) {
                // no answer: the client cannot know whether it was registered, so it claims nothing
              } catch (InterruptedException stop) {
                return null;
              }
            }
            return null;
          });
    }
    // the first requests warm the JVM up; the kill must fall among steady registrations
    long warmUpDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (answered.get() < WARM_ANSWERS && System.nanoTime() < warmUpDeadline) {
      Thread.sleep(50);
    }
    Thread.sleep(300 + (long) (Math.random() * 1_000));
    application.killHard();
    posting.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(answered.get()).as("complaints registered before the kill (cycle %d)", cycle).isPositive();
    return answered.get();
  }

  /** Registers one complaint; its reference when answered 201, null for any other answer. */
  private String register(PackagedApplication application, String subject) throws IOException, InterruptedException {
    String body =
        """
        {"firm": "asekkey", "channel": "EMAIL", "sentOn": "%s",
         "complainant": {"name": "Jeanne Dupont", "email": "jeanne.dupont@example.fr", "isClient": true},
         "contractReference": "HAB-2024-0042",
         "subject": "%s",
         "description": "Mon sinistre du 3 octobre n’est toujours pas indemnisé malgré trois relances."}
        """
            .formatted(LocalDate.now(ZoneId.of("Europe/Paris")), subject);
    HttpResponse<String> response = application.postJson("/api/complaints", "claire", body);
    if (response.statusCode() != 201) {
      return null;
    }
    String reference = json.readTree(response.body()).path("reference").asText();
    return reference.isEmpty() ? null : reference;
  }

  /** Reads back every acknowledged complaint; a 404 is a lost one, any other failure an unreadable one
   * (kept as such even if a later restart reads it). Answers how many it read.
   */
  private int readAfterRestart(PackagedApplication application, Map<String, String> lost, Map<String, String> unreadable)
      throws IOException, InterruptedException {
    int found = 0;
    for (String reference : new TreeSet<>(acknowledged.keySet())) {
      if (lost.containsKey(reference)) {
        continue;
      }
      HttpResponse<String> answer = application.get("/api/complaints/" + reference, "marc");
      String answeredIn = "answered 201 in cycle " + acknowledged.get(reference) + ", now " + answer.statusCode();
      if (answer.statusCode() == 404) {
        lost.put(reference, answeredIn);
      } else if (answer.statusCode() != 200 || !reference.equals(json.readTree(answer.body()).path("reference").asText())) {
        unreadable.putIfAbsent(reference, answeredIn);
      } else {
        found++;
      }
    }
    return found;
  }

  /** Linux tells each open file's flags in /proc; elsewhere there is nothing to check. */
  private static boolean databaseFileIsOpenedWithDsync(long pid) throws IOException {
    Path descriptors = Path.of("/proc", Long.toString(pid), "fd");
    if (!Files.isDirectory(descriptors)) {
      return true;
    }
    Map<String, Integer> flagsByFile = new LinkedHashMap<>();
    try (Stream<Path> open = Files.list(descriptors)) {
      for (Path descriptor : open.toList()) {
        Path target;
        try {
          target = Files.readSymbolicLink(descriptor);
        } catch (IOException closedMeanwhile) {
          continue;
        }
        if (target.toString().endsWith(".mv.db")) {
          Path info = Path.of("/proc", Long.toString(pid), "fdinfo", descriptor.getFileName().toString());
          for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            if (line.startsWith("flags:")) {
              flagsByFile.put(target.toString(), Integer.parseInt(line.substring(6).trim(), 8));
            }
          }
        }
      }
    }
    assertThat(flagsByFile).as("open database files of the application").isNotEmpty();
    return Collections.min(flagsByFile.values().stream().map(flags -> flags & O_DSYNC).toList()) != 0;
  }
}
