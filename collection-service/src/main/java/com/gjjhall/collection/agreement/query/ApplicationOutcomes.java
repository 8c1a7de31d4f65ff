package com.gjjhall.collection.agreement.query;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lets an application request wait for the banks' account checks, so the operator gets the answer (or the
 * refusal, e.g. 扣款户名不一致) in the same request when the banks are quick, and 处理中 when they are not.
 */
@Component
public class ApplicationOutcomes {

    private static final Duration RECHECK = Duration.ofMillis(200);

    private final ConcurrentMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final Agreements agreements;

    ApplicationOutcomes(Agreements agreements) {
        this.agreements = agreements;
    }

    /**
     * The application once decided, or as it is when {@code max} is up. The view is read again at least every
     * 200 ms, so a decision taken by another instance of the service is seen too.
     */
    public Optional<ApplicationView> await(String applicationId, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        CompletableFuture<Void> decided = waiting.computeIfAbsent(applicationId, id -> new CompletableFuture<>());
        try {
            while (true) {
                Optional<ApplicationView> view = agreements.application(applicationId);
                long left = deadline - System.nanoTime();
                if (view.isEmpty() || !ApplicationView.VERIFYING.equals(view.get().state()) || left <= 0) {
                    return view;
                }
                waitFor(decided, Math.min(left, RECHECK.toNanos()));
            }
        } finally {
            waiting.remove(applicationId, decided);
        }
    }

    /** Called in the transaction that decided the application: waiters wake once it is committed. */
    void decided(String applicationId) {
        CompletableFuture<Void> decided = waiting.get(applicationId);
        if (decided == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    decided.complete(null);
                }
            });
        } else {
            decided.complete(null);
        }
    }

    private static void waitFor(CompletableFuture<Void> decided, long nanos) {
        try {
            decided.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // read the view again
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the bank", e);
        }
    }
}
