// What a message is about. A bare resource id is a user profile's ("user profile d-…/alice"); a
// subject that already names its kind ("space d-…/x", "team ml") stays as it is.

export function subjectOf(subject: string): string {
    return /^(space|team) /.test(subject) ? subject : `user profile ${subject}`;
}
