import Link from "next/link";
import { Fragment } from "react";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ApiReference as Reference, FieldRow, OperationView, ParameterRow, TypePart } from "@/lib/api/openapi/reference";
import { anchorOf, EXAMPLE_ORIGIN } from "@/lib/api/openapi/reference";
import styles from "./api-docs.module.css";
import { BlockText, InlineText } from "./markdown-text";

/** A type, with each named schema linked to its description at the foot of the page. */
function TypeText({ parts }: { parts: TypePart[] }) {
  return (
    <code>
      {parts.map((p, i) => (typeof p === "string" ? <span key={i}>{p}</span> : <a key={i} href={`#${anchorOf("schema", p.ref)}`}>{p.ref}</a>))}
    </code>
  );
}

function Notes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes}>
      {notes.map((n, i) => (
        <li key={i}>
          <InlineText text={n} />
        </li>
      ))}
    </ul>
  );
}

function FieldsTable({ caption, rows, withIn }: { caption: string; rows: (FieldRow | ParameterRow)[]; withIn?: boolean }) {
  return (
    <TableScroll label={caption}>
      <table className={`data ${styles.fields}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {withIn ? <th scope="col">In</th> : null}
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${"in" in r ? r.in : ""}${r.name}`}>
              <th scope="row">
                <code>{r.name}</code>
              </th>
              {withIn ? <td>{"in" in r ? r.in : ""}</td> : null}
              <td>
                <TypeText parts={r.type} />
              </td>
              <td>{r.required ? <span className={styles.required}>required</span> : "optional"}</td>
              <td>
                <Notes notes={r.notes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Operation({ op }: { op: OperationView }) {
  const title = `${op.method} ${op.path}`;
  const headingId = `${op.anchor}-heading`;
  return (
    <article className={`card ${styles.operation}`} id={op.anchor} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className={`${styles.method} ${styles[op.method.toLowerCase()] ?? ""}`}>{op.method}</span>{" "}
        <code className={styles.path}>{op.path}</code>
      </h3>
      <p>
        <strong>{op.summary}</strong>
      </p>
      <p className={`small ${styles.access}`}>
        <strong>Access ({op.access}):</strong> <InlineText text={op.accessText} />
      </p>
      <BlockText text={op.description} className={`small ${styles.prose}`} />

      {op.parameters.length ? (
        <>
          <h4>Parameters</h4>
          <FieldsTable caption={`Parameters of ${title}`} rows={op.parameters} withIn />
        </>
      ) : null}

      {op.body ? (
        <>
          <h4>
            Request body <span className="small muted">({[op.body.mediaType, ...op.body.otherMediaTypes].join(" or ")})</span>
          </h4>
          {op.body.description ? <BlockText text={op.body.description} className={`small ${styles.prose}`} /> : null}
          {op.body.fields.length ? (
            <FieldsTable caption={`Request body of ${title}`} rows={op.body.fields} />
          ) : (
            <p className="small">
              <TypeText parts={op.body.type} />
            </p>
          )}
        </>
      ) : null}

      <h4>Responses</h4>
      <TableScroll label={`Responses of ${title}`}>
        <table className={`data ${styles.fields}`}>
          <caption className="visually-hidden">Responses of {title}</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Meaning</th>
              <th scope="col">Body</th>
            </tr>
          </thead>
          <tbody>
            {op.responses.map((r) => (
              <tr key={r.status}>
                <th scope="row">{r.status}</th>
                <td>
                  <InlineText text={r.description} />
                </td>
                <td>
                  {r.fields.length ? (
                    <ul className={styles.notes}>
                      {r.fields.map((f) => (
                        <li key={f.name}>
                          <code>{f.name}</code>: <TypeText parts={f.type} />
                        </li>
                      ))}
                    </ul>
                  ) : r.type.length ? (
                    <TypeText parts={r.type} />
                  ) : r.status.startsWith("2") ? null : (
                    <a href={`#${anchorOf("schema", "ApiError")}`}>ApiError</a>
                  )}
                  {r.alternatives.map((a) => (
                    <p key={a.mediaType} className="small">
                      <strong>As {a.mediaType}:</strong> <InlineText text={a.description} />
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h4>Example</h4>
      <TableScroll label={`Example request: ${title}`}>
        <pre className={styles.code}>
          <code>{op.curl}</code>
        </pre>
      </TableScroll>
    </article>
  );
}

export function ApiReference({ reference }: { reference: Reference }) {
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>API reference</h1>
        <p className="muted">
          {reference.title}, version {reference.version}. Generated from the same schemas the API validates with; the machine-readable
          OpenAPI 3.1 document is <a href="/api/openapi.json">/api/openapi.json</a>.
        </p>
      </div>
      <div className={styles.layout}>
        <nav className={`card small ${styles.toc}`} aria-label="API reference contents">
          <ol>
            <li>
              <a href="#overview">Overview</a>
            </li>
            <li>
              <a href="#authentication">Authentication</a>
            </li>
            {reference.groups.map((g) => (
              <li key={g.anchor}>
                <a href={`#${g.anchor}`}>{g.name}</a>
                <ol>
                  {g.operations.map((op) => (
                    <li key={op.anchor}>
                      <a href={`#${op.anchor}`}>
                        {op.method} {op.path}
                      </a>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
            {reference.webhookEvents.length ? (
              <li>
                <a href="#webhook-events">Webhook events</a>
              </li>
            ) : null}
            <li>
              <a href="#schemas">Schemas</a>
            </li>
          </ol>
        </nav>

        <div className="stack">
          <section className="card" id="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">Overview</h2>
            <BlockText text={reference.description} className={styles.prose} />
            <p className="small muted">
              The examples send requests to <code>{EXAMPLE_ORIGIN}</code>; use your instance&apos;s address instead. <code>$TRACKER_TOKEN</code> holds a
              personal API token.
            </p>
          </section>

          <section className="card" id="authentication" aria-labelledby="authentication-heading">
            <h2 id="authentication-heading">Authentication</h2>
            <dl className="facts">
              {reference.security.map((s) => (
                <Fragment key={s.name}>
                  <dt>
                    <code>{s.how}</code>
                  </dt>
                  <dd>
                    <InlineText text={s.description} />
                  </dd>
                </Fragment>
              ))}
            </dl>
            <p className="small">
              Editors and admins create tokens on <Link href="/account">their account page</Link>.
            </p>
          </section>

          {reference.groups.map((g) => (
            <section key={g.anchor} id={g.anchor} className={`stack ${styles.group}`} aria-labelledby={`${g.anchor}-heading`}>
              <h2 id={`${g.anchor}-heading`}>{g.name}</h2>
              <BlockText text={g.description} className={styles.prose} />
              {g.operations.map((op) => (
                <Operation key={op.anchor} op={op} />
              ))}
            </section>
          ))}

          {reference.webhookEvents.length ? (
            <section id="webhook-events" className={`stack ${styles.group}`} aria-labelledby="webhook-events-heading">
              <h2 id="webhook-events-heading">Webhook events</h2>
              <p>
                What a registered webhook receives: a <code>POST</code> of JSON to its URL for each event it subscribes to, signed with its secret.
              </p>
              {reference.webhookEvents.map((e) => (
                <article key={e.anchor} id={e.anchor} className={`card ${styles.operation}`} aria-labelledby={`${e.anchor}-heading`}>
                  <h3 id={`${e.anchor}-heading`}>
                    <code>{e.name}</code>
                  </h3>
                  <p>
                    <strong>{e.summary}</strong>
                  </p>
                  <BlockText text={e.description} className={`small ${styles.prose}`} />
                  <h4>Headers</h4>
                  <FieldsTable caption={`Headers of the ${e.name} delivery`} rows={e.headers} />
                  <h4>Body</h4>
                  <FieldsTable caption={`Body of the ${e.name} delivery`} rows={e.fields} />
                  <h4>
                    <code>data</code>
                  </h4>
                  <FieldsTable caption={`The data of the ${e.name} delivery`} rows={e.dataFields} />
                </article>
              ))}
            </section>
          ) : null}

          <section id="schemas" className={`stack ${styles.group}`} aria-labelledby="schemas-heading">
            <h2 id="schemas-heading">Schemas</h2>
            <p className="small muted">The named shapes the operations above refer to.</p>
            {reference.schemas.map((s) => (
              <article key={s.anchor} id={s.anchor} className="card" aria-labelledby={`${s.anchor}-heading`}>
                <h3 id={`${s.anchor}-heading`}>
                  <code>{s.name}</code>
                </h3>
                <BlockText text={s.description} className={`small ${styles.prose}`} />
                {s.fields.length ? (
                  <FieldsTable caption={`Fields of ${s.name}`} rows={s.fields} />
                ) : (
                  <p className="small">
                    <TypeText parts={s.type} />
                  </p>
                )}
              </article>
            ))}
          </section>
        </div>
      </div>
    </div>
  );
}
