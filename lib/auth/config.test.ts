import { describe, expect, it } from "vitest";
import { authBaseUrl } from "./config";

describe("authBaseUrl", () => {
  it("is BETTER_AUTH_URL whenever it is set", () => {
    expect(authBaseUrl({ NODE_ENV: "production", BETTER_AUTH_URL: " https://tracker.example.org " })).toBe("https://tracker.example.org");
    expect(authBaseUrl({ NODE_ENV: "development", BETTER_AUTH_URL: "http://127.0.0.1:4000" })).toBe("http://127.0.0.1:4000");
  });

  it("in development, takes the origin from loopback requests on any port, falling back to localhost on PORT", () => {
    const dev = authBaseUrl({ NODE_ENV: "development", PORT: "3999" });
    expect(dev).toEqual({
      allowedHosts: ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"],
      protocol: "http",
      fallback: "http://localhost:3999",
    });
    expect(authBaseUrl({ NODE_ENV: "development" })).toMatchObject({ fallback: "http://localhost:3000" });
  });

  it("sets nothing in production without BETTER_AUTH_URL (the README requires it there)", () => {
    expect(authBaseUrl({ NODE_ENV: "production" })).toBeUndefined();
  });
});
