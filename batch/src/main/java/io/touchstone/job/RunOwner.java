package io.touchstone.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The process that started an execution of the nightly job: its id, host and start time, kept
 * as non-identifying job parameters of each execution. Spring Batch cannot tell a run that is
 * going from one whose process was killed ({@code kill -9}, a lost machine) — both stay STARTED
 * — but the owner can: on this machine a process that no longer exists, or whose id now belongs
 * to a program started later, left its run behind.
 *
 * @param processStart {@code null} where the system does not say when a process started
 */
record RunOwner(long pid, String host, Instant processStart) {

    static final String PID = "owner.pid";
    static final String HOST = "owner.host";
    static final String STARTED = "owner.started";
    private static final String THIS_HOST = hostName();

    /** This process. */
    static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(self.pid(), THIS_HOST, self.info().startInstant().orElse(null));
    }

    /** The owner recorded in an execution's parameters; empty for runs started before owners were. */
    static Optional<RunOwner> of(JobParameters parameters) {
        Long pid = parameters.getLong(PID);
        if (pid == null) {
            return Optional.empty();
        }
        String started = parameters.getString(STARTED);
        return Optional.of(new RunOwner(pid, parameters.getString(HOST),
                started == null || started.isEmpty() ? null : Instant.parse(started)));
    }

    /** The parameters with this owner added, replacing any owner they had. */
    JobParameters owning(JobParameters parameters) {
        return new JobParametersBuilder(parameters)
                .addLong(PID, pid, false)
                .addString(HOST, host, false)
                .addString(STARTED, processStart == null ? "" : processStart.toString(), false)
                .toJobParameters();
    }

    boolean onThisMachine() {
        return THIS_HOST.equals(host);
    }

    /**
     * Whether the owner is known to have ended. A process on another machine cannot be checked
     * from here, so it counts as alive.
     */
    boolean isGone() {
        if (!onThisMachine()) {
            return false;
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> processStart != null
                        && !Objects.equals(process.info().startInstant().orElse(null), processStart))
                .orElse(true);
    }

    /** "process 4711 on this machine", or on the host named. */
    String describe() {
        return "process " + pid + (onThisMachine() ? " on this machine" : " on " + host);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // A machine whose name does not resolve still recognises its own runs by this one.
            return "localhost";
        }
    }
}
