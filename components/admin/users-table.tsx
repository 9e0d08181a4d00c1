import { UtcTime } from "@/components/auth/utc-time";
import { setUserDisabledAction, setUserRoleAction } from "@/lib/actions/admin-actions";
import type { UserRow } from "@/lib/db/users";
import { UserRowActions } from "./user-row-actions";
import { TableScroll } from "@/components/ui/table-scroll";

/** Every account, oldest first, with per-account controls. `selfId` marks the admin's own row. */
export function UsersTable({ users, selfId }: { users: UserRow[]; selfId: string }) {
  if (users.length === 0) return <p className="muted">No accounts yet.</p>;
  return (
    <TableScroll label="Accounts">
      <table className="data">
        <caption>
          {users.length} {users.length === 1 ? "account" : "accounts"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} id={`user-${u.id}`}>
              <th scope="row">
                {u.email}
                {u.id === selfId && <span className="small muted"> (you)</span>}
              </th>
              <td>{u.name}</td>
              <td>{u.role}</td>
              <td>
                {u.disabledAt ? (
                  <>
                    disabled <span className="small muted">(<UtcTime iso={u.disabledAt} />)</span>
                  </>
                ) : (
                  "active"
                )}
              </td>
              <td>
                <UtcTime iso={u.createdAt} />
              </td>
              <td>
                <UserRowActions
                  userId={u.id}
                  email={u.email}
                  role={u.role}
                  isDisabled={u.disabledAt !== null}
                  setRole={setUserRoleAction}
                  setDisabled={setUserDisabledAction}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
