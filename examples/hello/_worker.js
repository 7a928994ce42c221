// The hello example: a JSON API and a KV-backed counter in front of static files.
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);

    if (url.pathname === "/api/hello") {
      return Response.json({
        message: `${env.GREETING}, world`,
        greeting: env.GREETING,
        path: url.pathname,
      });
    }

    if (url.pathname === "/api/count") {
      const previous = Number((await env.COUNTER.get("count")) ?? "0");
      const count = previous + 1;
      await env.COUNTER.put("count", String(count));
      return Response.json({ count });
    }

    return env.ASSETS.fetch(request);
  },

  async scheduled(event, env, ctx) {
    ctx.waitUntil(
      env.COUNTER.put(
        "last-cron",
        JSON.stringify({ cron: event.cron, scheduledTime: event.scheduledTime }),
      ),
    );
  },
};
