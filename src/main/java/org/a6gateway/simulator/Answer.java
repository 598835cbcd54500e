package org.a6gateway.simulator;

/** What a simulated registry answers: a status and a JSON body (problem details when status ≥ 400). */
record Answer(int status, String body) {

    static Answer ok(String json) {
        return new Answer(200, json);
    }

    static Answer problem(int status, String title, String detail) {
        return new Answer(status, "{\"type\":\"about:blank\",\"title\":" + quoted(title) + ",\"status\":" + status
                + ",\"detail\":" + quoted(detail) + "}");
    }

    boolean isProblem() {
        return status >= 400;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
