import { serverApiUrl } from "@/lib/api-url";

// The browser's door to the API: same origin, so no CORS, and a token (if the
// API wants one for mutations) stays on the server.
export async function POST(request: Request): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": request.headers.get("content-type") ?? "application/json",
    accept: request.headers.get("accept") ?? "application/json",
  };
  const token = process.env.NEWSGRAPH_API_TOKEN || process.env.API_TOKEN;
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    const upstream = await fetch(serverApiUrl(), { method: "POST", headers, body: await request.text() });
    return new Response(upstream.body, {
      status: upstream.status,
      headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" },
    });
  } catch {
    return Response.json(
      { errors: [{ message: "The API cannot be reached.", extensions: { code: "UNREACHABLE" } }] },
      { status: 502 },
    );
  }
}
