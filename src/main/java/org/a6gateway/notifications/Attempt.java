package org.a6gateway.notifications;

/** How one attempt at a delivery went: {@code status} is the HTTP answer, when there was one. */
record Attempt(boolean delivered, Integer status, String error) {

    static Attempt ok(Integer status) {
        return new Attempt(true, status, null);
    }

    static Attempt failed(Integer status, String error) {
        return new Attempt(false, status, error);
    }
}
