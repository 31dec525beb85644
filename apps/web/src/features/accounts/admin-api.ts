import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignRoleBody,
  CreateUserBody,
  InstitutionLookup,
  InstitutionLookupQuery,
  Role,
  RolesOverview,
  SecuritySettings,
  SecuritySettingsUpdate,
  UpdateUserBody,
  User,
  UserWithOneTimePassword,
  UserStatus,
} from '@youyu/contracts';
import { api } from '../../api/client.ts';

export type UserFilters = { q?: string; role?: Role; status?: UserStatus; page: number; pageSize: number };

const usersKey = ['admin', 'users'] as const;
const userKey = (id: string) => [...usersKey, 'one', id] as const;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, 'list', filters],
    queryFn: () => api.get<{ items: User[]; total: number }>('/admin/users', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: userKey(id), queryFn: () => api.get<User>(`/admin/users/${id}`) });
}

/** After any change to an account: refresh that account and every list that may show it. */
function useUserChanged() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(userKey(user.id), user);
    void queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] });
  };
}

export function useCreateUser() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<UserWithOneTimePassword>('/admin/users', body),
    onSuccess: (result) => changed(result.user),
  });
}

export function useUpdateUser(id: string) {
  const changed = useUserChanged();
  return useMutation({ mutationFn: (body: UpdateUserBody) => api.patch<User>(`/admin/users/${id}`, body), onSuccess: changed });
}

export function useAssignRole(id: string) {
  const changed = useUserChanged();
  return useMutation({ mutationFn: (body: AssignRoleBody) => api.put<User>(`/admin/users/${id}/role`, body), onSuccess: changed });
}

export function useSetUserEnabled(id: string) {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: (enabled: boolean) => api.post<User>(`/admin/users/${id}/${enabled ? 'enable' : 'disable'}`),
    onSuccess: changed,
  });
}

export function useResetPassword(id: string) {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: () => api.post<UserWithOneTimePassword>(`/admin/users/${id}/reset-password`),
    onSuccess: (result) => changed(result.user),
  });
}

const rolesKey = ['admin', 'roles'] as const;

export function useRoles() {
  return useQuery({ queryKey: rolesKey, queryFn: () => api.get<RolesOverview>('/admin/roles') });
}

export function useSetRolePermissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ role, permissions }: { role: Role; permissions: string[] }) => api.put<unknown>(`/admin/roles/${role}/permissions`, { permissions }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolesKey }),
  });
}

const settingsKey = ['admin', 'security-settings'] as const;

export function useSecuritySettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api.get<SecuritySettings>('/admin/security-settings') });
}

export function useSaveSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SecuritySettingsUpdate) => api.put<SecuritySettings>('/admin/security-settings', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      // The password rules shown beside password fields come from these settings.
      void queryClient.invalidateQueries({ queryKey: ['auth', 'password-policy'] });
    },
  });
}

/**
 * Institutions within the administrator's jurisdiction by name (or exact credit code or id), for
 * choosing an institution account's institution; administrators cannot read the registry itself.
 */
export function useInstitutionLookup(query: InstitutionLookupQuery, enabled = true) {
  return useQuery({
    queryKey: ['admin', 'institution-lookup', query],
    queryFn: ({ signal }) => api.get<InstitutionLookup>('/admin/institution-lookup', { query, signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
