import { z } from "zod";
import { ROLES } from "../auth/permissions";
import { LIMITS, STRICT } from "./common";

export const email = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

export const newPassword = z
  .string({ error: "Password is required" })
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters");

export const role = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}` });

export const createUserSchema = z.strictObject(
  {
    email,
    password: newPassword,
    role,
    name: z.string({ error: "Name must be text" }).trim().max(LIMITS.name, `Name must be at most ${LIMITS.name} characters`).optional(),
  },
  STRICT,
);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const signInSchema = z.strictObject(
  { email, password: z.string({ error: "Password is required" }).min(1, "Password is required").max(200) },
  STRICT,
);

export const setRoleSchema = z.strictObject({ role }, STRICT);

export const createTokenSchema = z.strictObject(
  { name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(LIMITS.name, `Name must be at most ${LIMITS.name} characters`) },
  STRICT,
);

export const updateUserSchema = z
  .strictObject({ role: role.optional(), disabled: z.boolean({ error: "disabled must be true or false" }).optional() }, STRICT)
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { message: "Give a role or disabled", path: ["_"] });

export const settingsSchema = z.strictObject(
  { readAccess: z.enum(["public", "private"], { error: "readAccess must be public or private" }) },
  STRICT,
);
