import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p>There is no page here. It may have been moved, or the link may be mistyped.</p>
      <p>
        <Link href="/predictions">See every prediction</Link> or go back to the <Link href="/">scorecard</Link>.
      </p>
    </div>
  );
}
