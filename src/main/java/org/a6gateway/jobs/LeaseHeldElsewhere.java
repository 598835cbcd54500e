package org.a6gateway.jobs;

/** Another live gateway instance holds the job's lease: the job runs there (the API answers 409). */
public class LeaseHeldElsewhere extends TransitionRefused {

    LeaseHeldElsewhere(String job, String holder) {
        super("job " + job + " runs on another gateway instance (" + holder + "); start it there or wait for its lease to expire");
    }
}
