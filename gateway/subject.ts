// What a message is about: "user profile d-…/alice", "space d-…/x", "team ml". A bare resource id
// is a user profile's.

export function subjectOf(subject: string): string {
    return /^(user profile|space|team) |^\(/.test(subject) ? subject : `user profile ${subject}`;
}
