"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; isFollowing: boolean };

/** Follow or unfollow the claim; the answer is announced, and the button says what it will do next. */
export function FollowButton({ action, isFollowing }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="row">
      <input type="hidden" name="follow" value={isFollowing ? "false" : "true"} />
      <button type="submit" className="button secondary" disabled={pending} aria-describedby="follow-status">
        {pending ? "Saving…" : isFollowing ? "Unfollow" : "Follow"}
      </button>
      <span id="follow-status" className="small muted" role="status" aria-live="polite">
        {state.status === "error" ? <span className="field-error">{state.message}</span> : isFollowing ? "You follow this claim." : "Follow it to get its new evidence in your weekly digest."}
      </span>
    </form>
  );
}
