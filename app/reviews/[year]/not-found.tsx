import Link from "next/link";

export default function ReviewNotFound() {
  return (
    <div className="card">
      <h1>No review for that year</h1>
      <p>There is no review here. It may not have been started yet, or the year may be mistyped.</p>
      <p>
        <Link href="/reviews">See every review</Link>, where you can also start this year’s.
      </p>
    </div>
  );
}
