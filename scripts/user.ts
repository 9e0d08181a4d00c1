// Account administration from the command line.
//   npm run user -- create --email E --password P --role admin|editor|viewer [--name N]
//   npm run user -- list
//   npm run user -- set-role --email E --role R
//   npm run user -- set-password --email E --password P   (ends the account's sessions)
//   npm run user -- disable --email E      (and: enable --email E)
//   npm run user -- token --email E [--name N]   prints the new token alone on its last line
import { parseArgs } from "node:util";
import { createApiToken } from "../lib/auth/tokens";
import type { AuditActor } from "../lib/db/audit";
import { prisma } from "../lib/db/client";
import { createUser, findUserByEmail, listUsers, setUserDisabled, setUserPassword, setUserRole } from "../lib/db/users";
import { fieldErrorsOf } from "../lib/validation/common";
import { createUserSchema, email as emailSchema, newPassword, role as roleSchema } from "../lib/validation/users";

const USAGE = `usage: npm run user -- <command> [options]
  create   --email E --password P --role admin|editor|viewer [--name N]
  list
  set-role --email E --role R
  set-password --email E --password P   (ends the account's sessions)
  disable  --email E
  enable   --email E
  token    --email E [--name N]`;

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    password: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
  },
});
const CLI: AuditActor = { id: null, label: "cli" };

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function requireUser() {
  const parsed = emailSchema.safeParse(opt.email);
  if (!parsed.success) fail("--email must be a valid email address");
  const user = await findUserByEmail(parsed.data);
  if (!user) fail(`No account for ${parsed.data}`);
  return user;
}

async function main() {
  switch (positionals[0]) {
    case "create": {
      const parsed = createUserSchema.safeParse({ email: opt.email, password: opt.password, role: opt.role, name: opt.name });
      if (!parsed.success) {
        fail(Object.entries(fieldErrorsOf(parsed.error)).map(([f, m]) => `--${f}: ${m.join(" ")}`).join("\n"));
      }
      const u = await createUser(parsed.data, CLI);
      console.log(`Created ${u.email} (${u.role}).`);
      break;
    }
    case "list":
      for (const u of await listUsers()) {
        console.log(`${u.email}\t${u.role}\t${u.disabledAt ? `disabled ${u.disabledAt}` : "active"}\t${u.name}`);
      }
      break;
    case "set-role": {
      const role = roleSchema.safeParse(opt.role);
      if (!role.success) fail("--role must be admin, editor or viewer");
      const u = await setUserRole((await requireUser()).id, role.data, CLI);
      console.log(`${u.email} is now ${u.role}.`);
      break;
    }
    case "set-password": {
      const password = newPassword.safeParse(opt.password);
      if (!password.success) fail(`--password: ${password.error.issues.map((i) => i.message).join(" ")}`);
      const u = await requireUser();
      const { sessionsEnded } = await setUserPassword(u.id, password.data, CLI);
      console.log(`Set the password of ${u.email}; ended ${sessionsEnded} session(s).`);
      break;
    }
    case "disable":
    case "enable": {
      const u = await setUserDisabled((await requireUser()).id, positionals[0] === "disable", CLI);
      console.log(`${u.email} is ${u.disabledAt ? "disabled" : "enabled"}.`);
      break;
    }
    case "token": {
      const u = await requireUser();
      const { token } = await createApiToken(u.id, opt.name?.trim() || "CLI token", CLI);
      console.log(`Token for ${u.email} (${u.role}); it is shown only once:`);
      console.log(token);
      break;
    }
    default:
      fail(USAGE);
  }
}

main()
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
