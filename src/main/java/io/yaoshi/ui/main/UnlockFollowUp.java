package io.yaoshi.ui.main;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.RegionLists;
import io.yaoshi.service.SyncService;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.keylist.KeyListViewModel;
import java.time.Duration;
import java.util.List;

/** What the window asks of the clouds as soon as the vault opens, in the background. */
public final class UnlockFollowUp implements Runnable {

    private static final Duration REGION_LIST_MAX_AGE = Duration.ofDays(1);

    private final SyncService sync;
    private final RegionLists regions;
    private final BackgroundRunner runner;
    private final Messages text;
    private final KeyListViewModel keyList;
    private final StatusLine status;

    public UnlockFollowUp(SyncService sync, RegionLists regions, BackgroundRunner runner, Messages text,
                          KeyListViewModel keyList, StatusLine status) {
        this.sync = sync;
        this.regions = regions;
        this.runner = runner;
        this.text = text;
        this.keyList = keyList;
        this.status = status;
    }

    @Override
    public void run() {
        reconcilePending();
        learnRegions();
    }

    /** Creates whose answer was lost are settled with their cloud. */
    private void reconcilePending() {
        runner.task(sync::reconcilePending)
                .onSuccess(settled -> {
                    if (!settled.isEmpty()) {
                        status.show(text.format("main.status.reconciled", settled.size()));
                        keyList.reload();
                    }
                })
                .onFailure(e -> status.show(text.format("main.status.reconcileFailed",
                        new FailureText(text).describe(e))))
                .run();
    }

    /** The forms offer the regions the clouds list now (asked at most daily; offline, the last list stays). */
    private void learnRegions() {
        runner.task(() -> regions.refreshIfOlderThan(REGION_LIST_MAX_AGE, List.of(ProviderId.ALIYUN,
                ProviderId.UCLOUD))).run();
    }
}
