package io.touchstone.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HelperThreadsTest {

    @Test
    void eachGivesTheResultsInTheTasksOrderHoweverTheyFinish() {
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Callable<String>> tasks = List.of(
                () -> {
                    threads.add(Thread.currentThread().getName());
                    // The second task must run beside this one for the first to end.
                    assertThat(firstMayEnd.await(10, TimeUnit.SECONDS)).isTrue();
                    return "dashboard";
                },
                () -> {
                    threads.add(Thread.currentThread().getName());
                    firstMayEnd.countDown();
                    return "workbook";
                },
                () -> "comments");

        List<String> results = HelperThreads.each(tasks, 2, "publishing", "writing the files");

        assertThat(results).containsExactly("dashboard", "workbook", "comments");
        assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("publishing-"));
    }

    @Test
    void aFailureIsRethrownAsItWasOnlyOnceEveryOtherTaskHasEnded() {
        AtomicBoolean slowTaskEnded = new AtomicBoolean();
        List<Callable<String>> tasks = List.of(
                () -> {
                    throw new IllegalStateException("the disk is full");
                },
                () -> {
                    Thread.sleep(300);
                    slowTaskEnded.set(true);
                    return "workbook";
                });

        assertThatThrownBy(() -> HelperThreads.each(tasks, 2, "publishing", "writing the files"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the disk is full");
        assertThat(slowTaskEnded).isTrue();
    }

    @Test
    void oneThreadRunsTheTasksOnTheCallersThreadOneAfterAnother() {
        String caller = Thread.currentThread().getName();
        List<Callable<String>> tasks = List.of(() -> Thread.currentThread().getName(),
                () -> Thread.currentThread().getName());

        assertThat(HelperThreads.each(tasks, 1, "publishing", "writing the files")).containsExactly(caller, caller);
    }

    @Test
    void aCheckedFailureIsNamedByWhatWasBeingDone() {
        List<Callable<String>> tasks = List.of(() -> {
            throw new java.io.IOException("no space left on device");
        });

        assertThatThrownBy(() -> HelperThreads.each(tasks, 1, "publishing", "writing the files"))
                .hasMessage("writing the files failed: java.io.IOException: no space left on device");
    }
}
