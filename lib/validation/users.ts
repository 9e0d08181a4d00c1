import { z } from "zod";
import { ROLES } from "../roles";
import { LIMITS, STRICT, optionalText, requiredText } from "./common";

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
    name: optionalText("Name", LIMITS.name).optional(),
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
  { name: requiredText("Name", LIMITS.name) },
  STRICT,
);

export const updateUserSchema = z
  .strictObject({ role: role.optional(), disabled: z.boolean({ error: "disabled must be true or false" }).optional() }, STRICT)
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { message: "Give a role or disabled", path: ["_"] });

export const settingsSchema = z.strictObject(
  { readAccess: z.enum(["public", "private"], { error: "readAccess must be public or private" }) },
  STRICT,
);

/** Changing one's own password: the current one, and the new one typed twice. */
export const changePasswordSchema = z
  .strictObject(
    {
      currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(200, "Password must be at most 200 characters"),
      newPassword,
      confirmPassword: z.string({ error: "Type the new password again" }).min(1, "Type the new password again").max(200),
    },
    STRICT,
  )
  .refine((v) => v.newPassword === v.confirmPassword, { message: "The two new passwords differ", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: "The new password must differ from the current one", path: ["newPassword"] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Changing one's own display name (shown on what one logs from now on). */
export const updateNameSchema = z.strictObject({ name: requiredText("Name", LIMITS.name) }, STRICT);
export type UpdateNameInput = z.input<typeof updateNameSchema>;
